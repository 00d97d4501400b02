import { hasPermission, type Permission, type StaffRole } from '../accounts/roles.ts';

/**
 * The back office's sections, in the order a clerk's week runs. Each shows
 * only to roles with its permission; a new section is one line here.
 */
const sections: { text: string; href: string; permission: Permission }[] = [
  { text: 'Dashboard', href: '/manage', permission: 'back-office:read' },
  { text: 'Meetings', href: '/manage/meetings', permission: 'back-office:read' },
  { text: 'Publishing', href: '/manage/publishing', permission: 'meetings:publish' },
  { text: 'Reports', href: '/manage/reports', permission: 'back-office:read' },
  { text: 'Actions', href: '/manage/actions', permission: 'actions:update-own' },
  { text: 'Topics', href: '/manage/topics', permission: 'tracking:manage' },
  { text: 'Recommendations', href: '/manage/recommendations', permission: 'tracking:manage' },
  { text: 'Work programmes', href: '/manage/work-programme', permission: 'back-office:read' },
  { text: 'Forward plan', href: '/manage/forward-plan', permission: 'back-office:read' },
  { text: 'Committees', href: '/manage/committees', permission: 'committees:manage' },
  { text: 'Council settings', href: '/manage/council', permission: 'committees:manage' },
  { text: 'Staff accounts', href: '/manage/users', permission: 'users:manage' },
  { text: 'Audit trail', href: '/manage/audit', permission: 'audit:read' },
];

export function backOfficeNavigation(role: StaffRole, currentPath: string) {
  return sections
    .filter((section) => hasPermission(role, section.permission))
    .map((section) => ({
      text: section.text,
      href: section.href,
      current: currentPath === section.href,
      // A section is active on the pages under it; the dashboard only on itself.
      active: section.href !== '/manage' && currentPath.startsWith(`${section.href}/`),
    }));
}
