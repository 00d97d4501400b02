import { addDays, addWorkingDays, type Day, daysBetween, nextWorkingDay } from './calendar.ts';
import type { SubstantiveItem } from './agenda.ts';
import type { ActionPlan, MeetingPlan } from './plan.ts';
import type { Random } from './random.ts';

const progress = [
  'Information requested from the performance team; expected by the end of the month.',
  'Legal services checking.',
  'Draft response prepared and with the director for approval.',
  'Data being collated; a partial response was sent to members by email.',
  'Meeting arranged with the service manager to agree the response.',
] as const;

const completion = [
  'Completed. Information circulated to members by email.',
  'Completed. Response sent to the committee and added to the action log.',
  'Completed and reported to the committee.',
] as const;

export interface ActionInput {
  random: Random;
  today: Day;
  meetings: readonly MeetingPlan[];
  substantive: readonly SubstantiveItem[];
}

/**
 * The action log: what officers promised at scrutiny and audit meetings,
 * numbered "CYP-25-04" by committee and municipal year. Whether an action
 * is done follows from its dates and today: older ones mostly completed,
 * some still open past their due date (overdue), recent ones in progress.
 */
export function buildActions({ random, today, meetings, substantive }: ActionInput): ActionPlan[] {
  const actions: ActionPlan[] = [];
  const counters = new Map<string, number>();
  const raisedBefore = new Set<string>();
  for (const meeting of meetings.filter((m) => m.isHeld && ['cyp', 'adults', 'audit', 'tfg'].includes(m.committee.key))) {
    const committee = meeting.committee;
    const next = meetings.find((m) => m.committee === committee && m.date > meeting.date && m.status !== 'cancelled') ?? null;
    let raised = 0;
    for (const { item, text, report } of substantive.filter((s) => s.item.meeting === meeting)) {
      for (const description of text.actions) {
        // An action once raised is not raised again by the same committee in the same year.
        const once = `${committee.key} ${meeting.year.label} ${description}`;
        if (raised >= 2 || raisedBefore.has(once) || !random.chance(0.7)) continue;
        raisedBefore.add(once);
        raised++;
        const counterKey = `${committee.key} ${meeting.year.label}`;
        const n = (counters.get(counterKey) ?? 0) + 1;
        counters.set(counterKey, n);
        const toClerk = /^(Circulate|Share|Arrange)/.test(description);
        const owner = toClerk ? committee.contact : report?.lead ?? committee.contact;
        const byNextMeeting = next !== null && random.chance(0.4);
        const dueOn = byNextMeeting ? next.date : nextWorkingDay(addDays(meeting.date, 7 * random.int(4, 8)));
        actions.push({
          committee,
          meeting,
          item,
          number: `${committee.prefix}-${meeting.year.label.slice(2, 4)}-${String(n).padStart(2, '0')}`,
          description,
          owner: toClerk ? null : owner,
          ownerName: toClerk ? 'Clerk to the committee' : owner.fullName,
          directorate: owner.directorate!,
          dueOn,
          dueText: byNextMeeting ? 'Next meeting' : null,
          status: 'open',
          completedOn: null,
          updates: [],
        });
      }
    }
  }
  for (const action of actions) settle(random, action, today);
  ensureVariety(random, actions, today);
  return actions;
}

function settle(random: Random, action: ActionPlan, today: Day): void {
  const raisedOn = action.meeting.date;
  const due = action.dueOn!;
  const roll = random.int(1, 100);
  // The longer ago it fell due, the likelier it is done.
  const doneRate = due >= today ? 15 : due < addDays(today, -180) ? 88 : 62;
  if (roll <= doneRate) {
    complete(random, action, today);
  } else if (roll <= doneRate + (due < today ? 20 : 40)) {
    action.status = 'in-progress';
    addProgress(random, action, today);
  } else if (due < today && action.owner) {
    action.updates.push({ writtenOn: latest(addWorkingDays(due, 2), today), text: 'Chased by the clerk to the committee; a reply is awaited.', author: null, authorName: 'Clerk to the committee' });
  }
  if (action.updates.some((u) => u.writtenOn < raisedOn)) throw new Error(`action ${action.number} updated before it was raised`);
}

function complete(random: Random, action: ActionPlan, today: Day): void {
  const raisedOn = action.meeting.date;
  const span = Math.max(1, Math.min(daysBetween(raisedOn, action.dueOn!) + 10, daysBetween(raisedOn, today) - 1));
  action.status = 'completed';
  action.completedOn = addDays(raisedOn, random.int(1, span));
  action.updates = [{ writtenOn: action.completedOn, text: random.pick(completion), author: action.owner, authorName: action.ownerName }];
}

function addProgress(random: Random, action: ActionPlan, today: Day): void {
  const raisedOn = action.meeting.date;
  const days = daysBetween(raisedOn, today) - 1;
  if (days < 1) return;
  const count = days > 20 ? random.int(1, 2) : 1;
  const dates = Array.from({ length: count }, () => addDays(raisedOn, random.int(1, days))).sort();
  action.updates = [...new Set(dates)].map((writtenOn) => ({ writtenOn, text: random.pick(progress), author: action.owner, authorName: action.ownerName }));
}

function latest(day: Day, today: Day): Day {
  return day < today ? day : addDays(today, -1);
}

/** Whatever the dice said, the log shows at least two overdue, two completed and one in progress with updates. */
function ensureVariety(random: Random, actions: ActionPlan[], today: Day): void {
  const overdue = () => actions.filter((a) => a.status !== 'completed' && a.dueOn! < today);
  const pastDue = actions.filter((a) => a.dueOn! < today);
  for (const action of pastDue.slice().reverse()) {
    if (overdue().length >= 2) break;
    if (action.status === 'completed') {
      Object.assign(action, { status: 'in-progress', completedOn: null });
      addProgress(random, action, today);
    }
  }
  if (actions.filter((a) => a.status === 'completed').length < 2) {
    for (const action of pastDue.filter((a) => a.status !== 'completed' && !overdue().slice(0, 2).includes(a)).slice(0, 2)) complete(random, action, today);
  }
  if (!actions.some((a) => a.status === 'in-progress' && a.updates.length > 0)) {
    const candidate = actions.find((a) => a.status === 'open' && a.meeting.date < addDays(today, -2));
    if (candidate) {
      candidate.status = 'in-progress';
      addProgress(random, candidate, today);
    }
  }
}
