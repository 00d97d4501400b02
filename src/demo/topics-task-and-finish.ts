import type { Topic } from './topics.ts';

/** The task and finish group's sessions, in order. */
export const taskAndFinishTopics: readonly Topic[] = [
  {
    id: 'tfg-scope',
    title: 'Scope and terms of reference of the review',
    purpose: 'To agree the scope, key lines of enquiry, witnesses and timetable for the review.',
    lead: 'scrutiny-officer', decisionType: 'scrutiny',
    points: [
      'The group agreed to focus on support in mainstream secondary schools and on the transition from primary school.',
      'Members asked that the voices of young people be heard directly, through the youth council and a survey in schools.',
      'The group agreed that NHS waiting times for specialist services were outside the scope of the review, as the committee had already made recommendations on them.',
    ],
    decisions: ['the scope and terms of reference of the review be agreed as amended at the meeting'],
    actions: ['Draft a short survey for secondary school pupils, to be agreed by the chair.'],
  },
  {
    id: 'tfg-schools',
    title: 'Evidence session: head teachers and school mental health leads',
    purpose: 'To hear evidence from head teachers and senior mental health leads in Wrenmoor schools.',
    lead: 'ad-education', decisionType: 'scrutiny',
    points: [
      'Head teachers described the growth in anxiety and school avoidance since the pandemic and the pressure on pastoral staff.',
      'Schools with a mental health support team valued it highly, but those without felt they had nowhere to turn below the threshold for specialist services.',
      'Senior mental health lead training had been taken up by {n:60-80}% of schools.',
    ],
    actions: ['Obtain the list of schools covered by mental health support teams and those due to be covered next.'],
  },
  {
    id: 'tfg-young-people',
    title: 'Evidence session: young people and the youth council',
    purpose: 'To hear from members of the Wrenmoor Youth Council and to consider the results of the survey of pupils.',
    lead: 'scrutiny-officer', decisionType: 'scrutiny',
    points: [
      '{n:900-1400} pupils had responded to the survey; a third said they would not know where to go for help at school.',
      'Youth council members asked for peer support schemes and for quiet spaces in schools.',
    ],
  },
  {
    id: 'tfg-partners',
    title: 'Evidence session: NHS and voluntary sector partners',
    purpose: 'To hear evidence from the integrated care board, the mental health trust and voluntary organisations working with young people.',
    lead: 'dph', decisionType: 'scrutiny',
    points: [
      'The integrated care board described the single point of access for referrals and the online counselling service available to young people.',
      'Voluntary organisations reported rising demand and the short-term nature of their funding.',
    ],
  },
  {
    id: 'tfg-findings',
    title: 'Draft findings and recommendations',
    purpose: "To agree the group's findings and draft recommendations for the Children and Young People Scrutiny Committee.",
    lead: 'scrutiny-officer', decisionType: 'scrutiny',
    points: ['The group considered the draft report and agreed its recommendations subject to minor amendments.'],
    decisions: ['the draft report be agreed for submission to the Children and Young People Scrutiny Committee'],
  },
];
