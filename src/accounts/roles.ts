/**
 * Who may do what in the back office. One role per account; each role is a
 * set of permissions, so a route asks "may this person publish?", never
 * "is this person a clerk?".
 */
export const staffRoles = ['administrator', 'democratic-services', 'scrutiny-officer', 'report-author', 'councillor'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffRoleLabels: Record<StaffRole, string> = {
  administrator: 'Administrator',
  'democratic-services': 'Democratic services officer',
  'scrutiny-officer': 'Scrutiny officer',
  'report-author': 'Report author',
  councillor: 'Councillor',
};

export const staffRoleDescriptions: Record<StaffRole, string> = {
  administrator: 'Manages staff accounts, council settings and committees, and reads the audit trail.',
  'democratic-services': 'Schedules meetings, builds and publishes agendas, records attendance and minutes, decides public questions.',
  'scrutiny-officer': 'Keeps the action log, the recommendations tracker, the work programme and the forward plan.',
  'report-author': 'Writes and uploads the reports assigned to them, and updates the actions they own.',
  councillor: 'Reads the back office, including restricted papers.',
};

export const permissions = [
  /** See back-office pages at all, restricted (exempt) papers included. */
  'back-office:read',
  'users:manage',
  'audit:read',
  /** The council's details, committees, memberships and municipal years. */
  'committees:manage',
  /** Schedule, move and cancel meetings; build agendas; record attendance, declarations and minutes. */
  'meetings:manage',
  /** Publish agendas, packs and minutes to the public: democratic services alone. */
  'meetings:publish',
  /** Accept, reject and answer public questions. */
  'questions:decide',
  /** Edit any report; report authors edit only those they are named on. */
  'reports:edit-any',
  'reports:edit-assigned',
  /** Actions, recommendations and responses, the work programme, the forward plan, topics. */
  'tracking:manage',
  /** Update an action's progress: owners their own, trackers any. */
  'actions:update-own',
] as const;
export type Permission = (typeof permissions)[number];

const grants: Record<StaffRole, readonly Permission[]> = {
  administrator: ['back-office:read', 'users:manage', 'audit:read', 'committees:manage'],
  'democratic-services': [
    'back-office:read',
    'committees:manage',
    'meetings:manage',
    'meetings:publish',
    'questions:decide',
    'reports:edit-any',
    'tracking:manage',
    'actions:update-own',
  ],
  'scrutiny-officer': ['back-office:read', 'tracking:manage', 'actions:update-own'],
  'report-author': ['back-office:read', 'reports:edit-assigned', 'actions:update-own'],
  councillor: ['back-office:read'],
};

export function hasPermission(role: StaffRole, permission: Permission): boolean {
  return grants[role].includes(permission);
}

export function permissionsOf(role: StaffRole): readonly Permission[] {
  return grants[role];
}

/** The person behind an account, as far as permission checks need to know. */
export interface Actor {
  id: number;
  name: string;
  role: StaffRole;
  personId: number | null;
}

/**
 * A report author edits a report only when they are named as its author or
 * lead officer; democratic services edit any report.
 */
export function mayEditReport(actor: Actor, report: { authorPersonId: number | null; leadOfficerPersonId: number | null }): boolean {
  if (hasPermission(actor.role, 'reports:edit-any')) return true;
  if (!hasPermission(actor.role, 'reports:edit-assigned') || actor.personId === null) return false;
  return report.authorPersonId === actor.personId || report.leadOfficerPersonId === actor.personId;
}

/** An action's owner updates its progress; those who keep the log update any. */
export function mayUpdateAction(actor: Actor, action: { ownerPersonId: number | null }): boolean {
  if (hasPermission(actor.role, 'tracking:manage')) return true;
  return hasPermission(actor.role, 'actions:update-own') && actor.personId !== null && action.ownerPersonId === actor.personId;
}
