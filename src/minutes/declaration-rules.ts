import type { DeclarationKind } from '../meetings/meeting-tables.ts';

/**
 * What is wrong with a declaration as recorded, by field. A member with a
 * disclosable pecuniary interest may not take part in the discussion or vote
 * (Localism Act 2011 s.31(4)); codes of conduct have them leave the room,
 * unless the standards committee gave a dispensation (s.33).
 */
export function declarationProblems(declaration: { kind: DeclarationKind; withdrew: boolean; dispensation: boolean }): { withdrew?: string } {
  if (declaration.kind === 'disclosable-pecuniary' && !declaration.withdrew && !declaration.dispensation) {
    return { withdrew: 'A member with a disclosable pecuniary interest must leave the meeting for the item, unless they have a dispensation' };
  }
  return {};
}
