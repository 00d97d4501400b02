export type QuestionStatus = 'submitted' | 'accepted' | 'rejected' | 'answered' | 'withdrawn';
export type QuestionDecision = 'accept' | 'reject' | 'answer' | 'withdraw';

const allowedFrom: Record<QuestionDecision, readonly QuestionStatus[]> = {
  // A rejected question may be accepted after all, when the asker rewords it within the deadline.
  accept: ['submitted', 'rejected'],
  reject: ['submitted', 'accepted'],
  answer: ['accepted', 'answered'],
  withdraw: ['submitted', 'accepted'],
};

export const questionStatusLabels: Record<QuestionStatus, string> = {
  submitted: 'To decide',
  accepted: 'Accepted',
  rejected: 'Rejected',
  answered: 'Answered',
  withdrawn: 'Withdrawn',
};

/**
 * Why a decision cannot be made on a question in this state, or null. A
 * clerk accepts or rejects a submitted question; an accepted one is answered
 * (and its answer may be corrected); the asker may withdraw until it is answered.
 */
export function decisionProblem(status: QuestionStatus, decision: QuestionDecision): string | null {
  if (allowedFrom[decision].includes(status)) return null;
  const what = { accept: 'accepted', reject: 'rejected', answer: 'answered', withdraw: 'withdrawn' }[decision];
  const state = status === 'submitted' ? 'waiting for a decision' : status;
  return `This question is ${state}, so it cannot be ${what} now`;
}
