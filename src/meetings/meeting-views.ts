import type { DeclarationKind, MeetingStatus } from './meeting-tables.ts';

export const declarationKindLabels: Record<DeclarationKind, string> = {
  'disclosable-pecuniary': 'Disclosable pecuniary interest',
  'other-registrable': 'Other registrable interest',
  'non-registrable': 'Non-registrable interest',
  other: 'Other interest',
};

/** The kind of interest as a minute words it: "Councillor Ames declared a disclosable pecuniary interest". */
export const declarationKindPhrases: Record<DeclarationKind, string> = {
  'disclosable-pecuniary': 'a disclosable pecuniary interest',
  'other-registrable': 'an other registrable interest',
  'non-registrable': 'a non-registrable interest',
  other: 'an interest',
};

/** Minutes are public once drafted; approval at the next meeting makes them the record. */
export function hasMinutes(status: MeetingStatus): boolean {
  return status === 'draft-minutes' || status === 'minutes-approved';
}

/** The meetings list shows three months back and six months ahead of today. */
export function meetingWindow(today: string): { from: string; to: string } {
  return { from: addMonths(today, -3), to: addMonths(today, 6) };
}

function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  // Clamp to the month's last day: 31 August plus six months is 28 February.
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, lastDay));
  return date.toISOString().slice(0, 10);
}
