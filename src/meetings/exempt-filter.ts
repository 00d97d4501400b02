import type { ExpressionBuilder } from 'kysely';

/**
 * Rows on no agenda item, or on an open one, where the left-joined agenda
 * item is aliased `i`. Anything attached to an exempt item (Schedule 12A)
 * stays out of every public query that uses this.
 */
export function notOnExemptItem(eb: ExpressionBuilder<{ i: { isExempt: boolean | null } }, 'i'>) {
  return eb.or([eb('i.isExempt', 'is', null), eb('i.isExempt', '=', false)]);
}
