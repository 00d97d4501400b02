import type { MeetingStatus } from '../../meetings/meeting-tables.ts';

/**
 * A report's way to the agenda: the author drafts it and submits it to
 * democratic services; legal, finance and governance reviewers sign it off;
 * democratic services confirm it is signed off; it is published with the
 * agenda (by the publishing step, not here).
 */
export type ReportStatus = 'draft' | 'submitted' | 'signed-off' | 'published';

export const reportStatusLabels: Record<ReportStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  'signed-off': 'Signed off',
  published: 'Published',
};

/** The reviewers every report needs, named as the council's report template names them. */
export const requiredSignOffRoles = ['Legal', 'Finance', 'Governance'] as const;
export type SignOffRole = (typeof requiredSignOffRoles)[number];

export interface SignOffState {
  reviewerRole: string;
  signedOffOn: string | null;
}

/** The required reviewers who have not yet signed the report off, in template order. */
export function outstandingSignOffs(signOffs: readonly SignOffState[]): SignOffRole[] {
  return rolesStillToSign(signOffs.filter((s) => s.signedOffOn !== null).map((s) => s.reviewerRole));
}

/** The same, from the roles that have signed (as listAgenda gives them). */
export function rolesStillToSign(signedRoles: readonly string[]): SignOffRole[] {
  const done = new Set(signedRoles.map((role) => role.toLowerCase()));
  return requiredSignOffRoles.filter((role) => !done.has(role.toLowerCase()));
}

export type ReportStep = 'submit' | 'return-to-draft' | 'confirm-sign-off';

export const reportStepLabels: Record<ReportStep, string> = {
  submit: 'Submit to democratic services',
  'return-to-draft': 'Return to draft',
  'confirm-sign-off': 'Confirm it is signed off',
};

export interface ReportForStep {
  status: ReportStatus;
  hasDocument: boolean;
  signOffs: readonly SignOffState[];
}

/**
 * The status a step leads to, or why it cannot be taken now (a message for
 * the person who asked). Who may take a step is the caller's question: the
 * author and democratic services submit and return to draft, democratic
 * services alone confirm the sign-off.
 *
 * @example
 * takeReportStep({ status: 'draft', hasDocument: false, signOffs: [] }, 'submit');
 * // { error: 'Upload the report before submitting it' }
 */
export function takeReportStep(report: ReportForStep, step: ReportStep): { status: ReportStatus } | { error: string } {
  if (report.status === 'published') return { error: 'The report is published with the agenda: a change now needs a supplement' };
  switch (step) {
    case 'submit':
      if (report.status !== 'draft') return { error: 'Only a draft report can be submitted' };
      if (!report.hasDocument) return { error: 'Upload the report before submitting it' };
      return { status: 'submitted' };
    case 'return-to-draft':
      if (report.status === 'draft') return { error: 'The report is already a draft' };
      return { status: 'draft' };
    case 'confirm-sign-off': {
      if (report.status !== 'submitted') return { error: 'Only a submitted report can be confirmed as signed off' };
      const outstanding = outstandingSignOffs(report.signOffs);
      if (outstanding.length) return { error: `The report still needs signing off by ${listOf(outstanding.map((r) => r.toLowerCase()))}` };
      return { status: 'signed-off' };
    }
  }
}

/** The steps that make sense from a status, before asking who may take them. */
export function stepsFrom(status: ReportStatus): ReportStep[] {
  if (status === 'draft') return ['submit'];
  if (status === 'submitted') return ['confirm-sign-off', 'return-to-draft'];
  if (status === 'signed-off') return ['return-to-draft'];
  return [];
}

/**
 * A new version of the report's document: the reviewers signed off the old
 * text, so a signed-off report goes back to submitted for democratic
 * services to confirm again; a draft stays a draft.
 */
export function statusAfterNewVersion(status: ReportStatus): ReportStatus {
  return status === 'signed-off' ? 'submitted' : status;
}

function listOf(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * Whether a report may still be changed: not once it is published (a
 * change is then a supplement), nor once its meeting has been held or
 * cancelled. A report still to follow after the agenda went out stays open
 * to its author and reviewers, for the supplement.
 */
export function reportIsEditable(status: ReportStatus, meetingStatus: MeetingStatus): boolean {
  return status !== 'published' && (meetingStatus === 'scheduled' || meetingStatus === 'agenda-published');
}
