import { buildActions } from './actions.ts';
import { buildAgendas } from './agenda.ts';
import { buildAttendance, buildDeclarations } from './attendance.ts';
import { planBusiness } from './business.ts';
import { addDays, type Day, municipalYear, municipalYearContaining } from './calendar.ts';
import { buildCommittees, buildLineups, buildMemberships } from './committees.ts';
import { buildCouncilPeople } from './council.ts';
import { buildForwardPlan, completeForwardPlan } from './forward-plan.ts';
import { writeMinutes } from './minutes.ts';
import type { DemoPlan } from './plan.ts';
import { buildQuestions } from './questions.ts';
import { Random } from './random.ts';
import { buildRecommendations } from './recommendations.ts';
import { buildMeetings } from './schedule.ts';
import { buildWorkProgramme } from './work-programme.ts';

/**
 * The whole demo council as plain objects, from a seed and a day. Pure:
 * no clock, no database, no Math.random, so the same seed and day give the
 * same council.
 *
 * @example
 * const plan = buildDemoPlan(1, '2026-03-02');
 * plan.meetings.filter((m) => m.status === 'agenda-published');
 */
export function buildDemoPlan(seed: number, today: Day): DemoPlan {
  const random = new Random(seed);
  const current = municipalYearContaining(today);
  const startYear = Number(current.startsOn.slice(0, 4));
  const years = [municipalYear(startYear - 1), current];
  // In the last weeks of a year the next one's meetings are already in the calendar.
  if (addDays(today, 60) > current.endsOn) years.push(municipalYear(startYear + 1));

  const people = buildCouncilPeople(random.fork('people'));
  const committees = buildCommittees(people);
  const lineups = buildLineups(random.fork('lineups'), people, years);
  const { meetings, taskAndFinishSetUpAt } = buildMeetings({ random: random.fork('meetings'), today, years, committees });
  const memberships = buildMemberships(committees, lineups, years, taskAndFinishSetUpAt.date);
  const forwardPlan = buildForwardPlan({
    random: random.fork('forward-plan'), today, meetings, committees, officers: people.officers, cabinet: people.cabinet, wards: people.wards,
  });
  const business = planBusiness({ random: random.fork('business'), meetings, forwardPlan, wards: people.wards, taskAndFinishSetUpAt });
  completeForwardPlan(random.fork('key-decisions'), forwardPlan, business, { today, officers: people.officers, cabinet: people.cabinet, wards: people.wards });
  const agendas = buildAgendas({ random: random.fork('agendas'), meetings, business, lineups, officers: people.officers, wards: people.wards });
  const attendance = buildAttendance({
    random: random.fork('attendance'), meetings, lineups, officers: people.officers, cabinet: people.cabinet, substantive: agendas.substantive,
  });
  const declarations = buildDeclarations(random.fork('declarations'), attendance, agendas.substantive);
  const questions = buildQuestions({
    random: random.fork('questions'), meetings, agendas, lineups, publicPeople: people.public, cabinet: people.cabinet, officers: people.officers,
  });
  const actions = buildActions({ random: random.fork('actions'), today, meetings, substantive: agendas.substantive });
  const minutes = writeMinutes({ random: random.fork('minutes'), meetings, agendas, lineups, attendance, declarations, questions, actions });
  const recommendations = buildRecommendations({ random: random.fork('recommendations'), today, meetings, recommended: minutes.recommended });
  const workProgramme = buildWorkProgramme({
    random: random.fork('work-programme'), today, years, meetings, business, committees, officers: people.officers,
    publicPeople: people.public, recommendations, wards: people.wards, taskAndFinishSetUpAt,
  });

  return {
    council: people.council,
    wards: people.wards,
    groups: people.groups,
    people: people.people,
    years,
    committees: [...committees.values()],
    memberships,
    meetings,
    forwardPlan: forwardPlan.entries,
    agendaItems: agendas.items,
    reports: agendas.reports,
    attendance,
    declarations,
    resolutions: minutes.resolutions,
    recommendations,
    actions,
    workProgramme,
    publicQuestions: questions,
  };
}
