import type { Lineups } from './committees.ts';
import type { MeetingPlan } from './plan.ts';
import type { Topic } from './topics.ts';

/**
 * Business that is built from the council's own data rather than a
 * catalogue: the annual meeting's elections and appointments, and the
 * outcome of planning applications.
 */
export function annualMeetingTopics(meeting: MeetingPlan, lineups: Lineups): Topic[] {
  const label = meeting.year.label;
  const council = lineups.get('council')!.get(label)!;
  const cabinet = lineups.get('cabinet')!.get(label)!;
  const chairs = (['cyp', 'adults', 'planning', 'audit'] as const).map((key) => {
    const lineup = lineups.get(key)!.get(label)!;
    return `${committeeNames[key]}: Councillor ${lineup.chair.fullName} (chair) and Councillor ${lineup.viceChair!.fullName} (vice-chair)`;
  });
  return [
    {
      id: 'fc-chairman', noReport: true, lead: 'head-democratic', decisionType: 'council',
      title: `Election of Chairman of the Council for ${label}`,
      purpose: `To elect the Chairman of the Council for the municipal year ${label}.`,
      points: [`Councillor ${council.chair.fullName} made the declaration of acceptance of office and thanked the Council for the honour.`],
      decisions: [`Councillor ${council.chair.fullName} be elected Chairman of the Council for the municipal year ${label}`],
    },
    {
      id: 'fc-vice-chairman', noReport: true, lead: 'head-democratic', decisionType: 'council',
      title: `Appointment of Vice-Chairman of the Council for ${label}`,
      purpose: `To appoint the Vice-Chairman of the Council for the municipal year ${label}.`,
      points: [],
      decisions: [`Councillor ${council.viceChair!.fullName} be appointed Vice-Chairman of the Council for the municipal year ${label}`],
    },
    {
      id: 'fc-leader', noReport: true, lead: 'chief-executive', decisionType: 'for-information',
      title: "Leader's announcement of the Cabinet and portfolios",
      purpose: `To receive the Leader's announcement of the members of the Cabinet and their portfolios for ${label}.`,
      points: [`The Leader, Councillor ${cabinet.chair.fullName}, announced the members of the Cabinet and their portfolios, which were unchanged from the previous year.`],
      decisions: [],
    },
    {
      id: 'fc-committees', lead: 'head-democratic', decisionType: 'council',
      title: `Appointment of committees and allocation of seats ${label}`,
      purpose: 'To appoint the committees of the council, agree their terms of reference and allocate seats to political groups in accordance with the rules on political balance.',
      points: ['The Head of Democratic Services explained the calculation of political balance under the Local Government and Housing Act 1989.'],
      decisions: [
        'the committees and their terms of reference set out in appendix A be approved',
        'seats be allocated to political groups as set out in appendix B, and members appointed as nominated by the group leaders',
      ],
    },
    {
      id: 'fc-chairs', noReport: true, lead: 'head-democratic', decisionType: 'council',
      title: 'Appointment of chairs and vice-chairs of committees',
      purpose: `To appoint the chairs and vice-chairs of committees for ${label}.`,
      points: [],
      decisions: [`the following be appointed as chairs and vice-chairs of committees for ${label}: ${chairs.join('; ')}`],
    },
    {
      id: 'fc-calendar', lead: 'head-democratic', decisionType: 'council',
      title: `Calendar of meetings ${label}`,
      purpose: `To approve the calendar of meetings of the council and its committees for ${label}.`,
      points: [],
      decisions: [`the calendar of meetings for ${label} set out in the appendix be approved`],
    },
  ];
}

const committeeNames = {
  cyp: 'Children and Young People Scrutiny Committee',
  adults: 'Adults and Wellbeing Scrutiny Committee',
  planning: 'Planning and Regulatory Committee',
  audit: 'Audit and Governance Committee',
} as const;
