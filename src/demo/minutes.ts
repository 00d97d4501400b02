import type { Agendas, SubstantiveItem } from './agenda.ts';
import type { Lineups } from './committees.ts';
import { standardMinutes } from './minutes-standard.ts';
import type { ActionPlan, AttendancePlan, DeclarationPlan, MeetingPlan, PersonPlan, PublicQuestionPlan, ResolutionPlan } from './plan.ts';
import type { Random } from './random.ts';
import { lettered, lowerFirst } from './topics.ts';

export interface MinutesInput {
  random: Random;
  meetings: readonly MeetingPlan[];
  agendas: Agendas;
  lineups: Lineups;
  attendance: readonly AttendancePlan[];
  declarations: readonly DeclarationPlan[];
  questions: readonly PublicQuestionPlan[];
  actions: readonly ActionPlan[];
}

/** A scrutiny resolution that made recommendations, one per letter. */
export interface Recommended {
  substantive: SubstantiveItem;
  resolution: ResolutionPlan;
  texts: string[];
  addressee: { to: 'executive' | 'partner' | 'officers'; name: string };
}

export interface Minutes {
  resolutions: ResolutionPlan[];
  recommended: Recommended[];
}

/**
 * Writes the minutes of every meeting held onto its agenda items, in the
 * councils' style ("During discussion the following principal points were
 * noted"), with the resolutions as separate records.
 */
export function writeMinutes(input: MinutesInput): Minutes {
  const { random, meetings, agendas } = input;
  const minutes: Minutes = { resolutions: [], recommended: [] };
  const resolve = (item: SubstantiveItem['item'], text: string, outcome: ResolutionPlan['outcome'], votes: ResolutionPlan['votes'] = []) => {
    const resolution: ResolutionPlan = { item, position: minutes.resolutions.filter((r) => r.item === item).length + 1, text, outcome, votes };
    minutes.resolutions.push(resolution);
    return resolution;
  };

  for (const meeting of meetings.filter((m) => m.isHeld)) {
    const here = input.attendance.filter((a) => a.meeting === meeting);
    const voters = here.filter((a) => a.person.kind === 'councillor' && (a.status === 'present' || a.status === 'substitute')).map((a) => a.person);
    const previous = meetings.filter((m) => m.committee === meeting.committee && m.isHeld && m.date < meeting.date).at(-1) ?? null;
    for (const [kind, item] of agendas.standard.get(meeting) ?? []) {
      const written = standardMinutes({ random, kind, meeting, previous, here, meetings, agendas, lineups: input.lineups, declarations: input.declarations, questions: input.questions, actions: input.actions });
      item.minutes = written.minutes;
      if (written.resolution) resolve(item, written.resolution, 'carried');
    }
    for (const substantive of agendas.substantive.filter((s) => s.item.meeting === meeting)) {
      const { item, text, report, planning, business } = substantive;
      const [proposer, seconder] = random.some(voters, 2) as [PersonPlan, PersonPlan];
      const onlyNoting = text.decisions.length > 0 && text.decisions.every((d) => / be noted/.test(d));
      const vote = onlyNoting || voters.length < 4 || random.chance(0.65) ? 'carried unanimously' : `carried (${tally(random, voters.length)})`;
      const moved = `The recommendations were proposed by Councillor ${proposer.fullName}, seconded by Councillor ${seconder.fullName} and ${vote}.`;
      const intro = introduction(meeting, substantive, input.lineups);
      const points = random.some(text.points.map((p, i) => [i, p] as const), random.int(3, 5)).sort((a, b) => a[0] - b[0]).map(([, p]) => `- ${p}`);
      const discussion = points.length > 0 ? `During discussion the following principal points were noted:\n\n${points.join('\n')}` : '';
      const actionLines = input.actions.filter((a) => a.item === item).map((a) => `- ${a.description} (${a.ownerName})`);
      const actions = actionLines.length > 0 ? `ACTIONS:\n\n${actionLines.join('\n')}` : '';
      let closing = '';

      if (business.topic.noReport) {
        const motion = text.decisions.length > 0
          ? `It was proposed by Councillor ${proposer.fullName} and seconded by Councillor ${seconder.fullName} that ${text.decisions.join('; ')}. There being no other proposals, the motion was carried.`
          : '';
        item.minutes = [...text.points, motion].filter(Boolean).join('\n\n');
        if (text.decisions.length > 0) resolve(item, `That ${text.decisions.join('; ')}.`, 'carried');
        else resolve(item, 'That the announcement be noted.', 'noted');
        continue;
      }
      if (business.isExempt) {
        const sensitive = report?.summary.split('\n\n')[3] ?? '';
        item.minutes = [`Cabinet considered the exempt report of the ${report?.lead.jobTitle}. ${sensitive}`, discussion, 'The recommendations were agreed.'].filter(Boolean).join('\n\n');
        resolve(item, `That:\n${lettered(text.decisions)}`, 'carried');
        continue;
      }
      if (planning) {
        const motion = planning.resolution.replace(/^That /, '');
        closing = `It was proposed by Councillor ${proposer.fullName} and seconded by Councillor ${seconder.fullName} that ${motion} On being put to the vote the motion was carried (${planning.vote}).`;
        resolve(item, planning.resolution, planning.outcome);
      } else if ((meeting.committee.kind === 'scrutiny') && text.recommendations.length > 0 && random.chance(0.7)) {
        const chosen = text.recommendations.filter(() => random.chance(0.75));
        const texts = chosen.length > 0 ? chosen : [text.recommendations[0]!];
        const addressee = business.topic.addressee ?? { to: 'executive' as const, name: 'Cabinet' };
        const resolution = resolve(item, `That, having considered the report, the committee recommends to ${addressee.name === 'Cabinet' ? 'Cabinet' : `the ${addressee.name}`} that:\n${lettered(texts)}`, 'carried');
        minutes.recommended.push({ substantive, resolution, texts, addressee });
        closing = moved;
      } else if (text.decisions.length > 0) {
        const votes = meeting.kind === 'budget' && business.forwardPlan ? recordedVotes(random, voters) : [];
        resolve(item, text.decisions.length === 1 ? `That ${text.decisions[0]}.` : `That:\n${lettered(text.decisions)}`, 'carried', votes);
        closing = votes.length > 0
          ? `A recorded vote was taken, as the regulations require at a budget meeting: ${tallyVotes(votes)}.`
          : meeting.committee.kind === 'cabinet' ? 'Cabinet agreed the recommendations.' : report ? moved.replace('recommendations were', 'recommendations in the report were') : '';
      } else {
        resolve(item, meeting.committee.key === 'tfg' ? "That the evidence received be noted and taken into account in the group's findings." : 'That the report be noted.', 'noted');
      }
      item.minutes = [intro, discussion, closing, actions].filter(Boolean).join('\n\n');
    }
  }
  return minutes;
}

function introduction(meeting: MeetingPlan, { text, report, business }: SubstantiveItem, lineups: Lineups): string {
  if (!report) return '';
  const purpose = lowerFirst(text.purpose);
  if (meeting.committee.key === 'planning') {
    return `The ${report.lead.jobTitle} presented the application: ${purpose}`;
  }
  const portfolio = business.topic.portfolio;
  const executive = meeting.committee.kind === 'cabinet' || meeting.committee.kind === 'full-council';
  const member = portfolio && executive ? lineups.get('cabinet')!.get(meeting.year.label)!.members.find((m) => m.portfolio === portfolio) : undefined;
  const presenter = member ? `Councillor ${member.fullName}, ${member.jobTitle},` : `The ${report.lead.jobTitle}`;
  const what = meeting.committee.kind === 'task-and-finish' ? 'session' : 'report';
  return `${presenter} introduced the ${what}, the purpose of which was ${purpose}`;
}

function tally(random: Random, voters: number): string {
  const against = random.int(1, Math.max(1, Math.floor(voters / 3)));
  const abstain = random.int(0, 1);
  return `For ${Math.max(1, voters - against - abstain)}, against ${against}, abstentions ${abstain}`;
}

/** At the budget meeting every councillor's vote is recorded: the ruling group for, the opposition mostly against. */
function recordedVotes(random: Random, voters: readonly PersonPlan[]): ResolutionPlan['votes'] {
  return voters.map((person) => {
    const group = person.group?.key;
    const vote = group === 'ld' ? 'for' : group === 'con' ? 'against' : random.pick(['against', 'abstain', 'for'] as const);
    return { person, vote };
  });
}

function tallyVotes(votes: ResolutionPlan['votes']): string {
  const count = (v: string) => votes.filter((x) => x.vote === v).length;
  return `for ${count('for')}, against ${count('against')}, abstentions ${count('abstain')}`;
}
