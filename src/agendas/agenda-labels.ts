import type { DeadlineStatus, MeetingDeadlineKind } from '../deadlines/meeting-deadlines.ts';
import type { DecisionType, ExemptParagraph } from '../meetings/meeting-tables.ts';
import type { ReportStatus } from './reports/report-status.ts';

/** Words and GOV.UK tag colours for the back office's agenda pages, in one place so every page says the same. */
export const exemptParagraphs: readonly ExemptParagraph[] = [1, 2, 3, 4, 5, 6, 7];

/** Short enough for a select; the report page shows the Act's full words. */
export const exemptParagraphShortLabels: Record<ExemptParagraph, string> = {
  1: 'Paragraph 1: information relating to an individual',
  2: 'Paragraph 2: likely to reveal the identity of an individual',
  3: 'Paragraph 3: financial or business affairs',
  4: 'Paragraph 4: labour relations consultations or negotiations',
  5: 'Paragraph 5: legal professional privilege',
  6: 'Paragraph 6: notices, orders or directions under an enactment',
  7: 'Paragraph 7: prevention, investigation or prosecution of crime',
};

export const decisionTypeLabels: Record<DecisionType, string> = {
  executive: 'Executive decision',
  council: 'Decision of full council',
  committee: 'Committee decision',
  officer: 'Officer decision',
  scrutiny: 'Scrutiny: comments or recommendations',
  'for-information': 'For information',
};

export const deadlineKindLabels: Record<MeetingDeadlineKind, string> = {
  report: 'Reports due to democratic services',
  'agenda-publication': 'Agenda published',
  question: 'Questions close',
};

export const deadlineStatusTags: Record<DeadlineStatus, { text: string; classes: string }> = {
  upcoming: { text: 'Upcoming', classes: 'govuk-tag--grey' },
  'due-soon': { text: 'Due soon', classes: 'govuk-tag--yellow' },
  met: { text: 'Met', classes: 'govuk-tag--green' },
  missed: { text: 'Missed', classes: 'govuk-tag--red' },
  late: { text: 'Done late', classes: 'govuk-tag--orange' },
  passed: { text: 'Passed', classes: 'govuk-tag--grey' },
  'no-reports': { text: 'No reports on the agenda', classes: 'govuk-tag--grey' },
};

export const reportStatusTags: Record<ReportStatus, { text: string; classes: string }> = {
  draft: { text: 'Draft', classes: 'govuk-tag--grey' },
  submitted: { text: 'Submitted', classes: '' },
  'signed-off': { text: 'Signed off', classes: 'govuk-tag--green' },
  published: { text: 'Published', classes: 'govuk-tag--purple' },
};
