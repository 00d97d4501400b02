import type { ExemptParagraph } from '../meetings/meeting-tables.ts';

/** Part 1 of Schedule 12A to the Local Government Act 1972, in the Act's words. */
export const exemptParagraphMeanings: Record<ExemptParagraph, string> = {
  1: 'information relating to any individual',
  2: 'information which is likely to reveal the identity of an individual',
  3: 'information relating to the financial or business affairs of any particular person (including the authority holding that information)',
  4: 'information relating to any consultations or negotiations, or contemplated consultations or negotiations, in connection with any labour relations matter arising between the authority or a Minister of the Crown and employees of, or office holders under, the authority',
  5: 'information in respect of which a claim to legal professional privilege could be maintained in legal proceedings',
  6: 'information which reveals that the authority proposes to give under any enactment a notice by which requirements are imposed on a person, or to make an order or direction under any enactment',
  7: 'information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime',
};

/** "Not for publication: exempt information under paragraph 3 of Part 1 of Schedule 12A …" */
export function notForPublication(paragraph: ExemptParagraph | null): string {
  if (paragraph === null) return 'Not for publication: exempt information under Part 1 of Schedule 12A to the Local Government Act 1972.';
  return `Not for publication: exempt information under paragraph ${paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972 (${exemptParagraphMeanings[paragraph]}).`;
}
