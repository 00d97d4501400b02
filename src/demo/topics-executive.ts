import type { Topic } from './topics.ts';

/** Full Council business: the policy framework, statutory reports and motions. */
export const councilTopics: readonly Topic[] = [
  {
    id: 'fc-scrutiny-report',
    title: 'Annual report of the scrutiny committees',
    purpose: 'To receive the annual report of the scrutiny committees on their work during the last municipal year.',
    lead: 'scrutiny-officer', decisionType: 'council', annualMonth: 7,
    points: ['The chairs of the two scrutiny committees presented the report and thanked the co-opted members for their contribution.'],
    decisions: ['the annual report of the scrutiny committees be noted'],
  },
  {
    id: 'fc-allowances',
    title: "Members' allowances scheme: report of the independent remuneration panel",
    purpose: "To consider the recommendations of the independent remuneration panel on the members' allowances scheme.",
    lead: 'head-democratic', decisionType: 'council',
    points: ['The panel recommended an increase in the basic allowance in line with the local government pay award.', 'An amendment to freeze allowances for a year was moved by the Conservative Group and lost.'],
    decisions: ["the members' allowances scheme be amended as recommended by the independent remuneration panel"],
  },
  {
    id: 'fc-motion-potholes',
    title: 'Notice of motion: road maintenance',
    purpose: 'To consider the following motion, of which notice has been given under the council procedure rules: "This council calls on the Cabinet to publish a ward-by-ward programme of road repairs each year."',
    lead: 'head-democratic', decisionType: 'council',
    points: ['The motion was moved and seconded by members of the Conservative Group.', 'The Cabinet Member for Transport and Highways said that the programme would be published with the highways maintenance plan.'],
    decisions: ['the motion be carried'],
  },
  {
    id: 'fc-motion-water',
    title: 'Notice of motion: sewage discharges into the River Wren',
    purpose: 'To consider the following motion: "This council is concerned by the number of storm overflow discharges into the River Wren and asks the Leader to write to the water company and the Environment Agency."',
    lead: 'head-democratic', decisionType: 'council',
    points: ['The motion was moved by a member of the Labour Group and received cross-party support.'],
    decisions: ['the motion be carried unanimously'],
  },
  {
    id: 'fc-independent-persons',
    title: 'Appointment of independent persons',
    purpose: 'To appoint two independent persons under section 28 of the Localism Act 2011, whose views the council must seek before deciding an allegation that a councillor has breached the code of conduct.',
    lead: 'monitoring-officer', decisionType: 'council',
    points: ['The Monitoring Officer described the recruitment process, which had attracted eleven applications.'],
    decisions: ['the two candidates named in the report be appointed as independent persons for four years'],
  },
  {
    id: 'fc-motion-cost-of-living',
    title: 'Notice of motion: cost of living support',
    purpose: 'To consider the following motion: "This council asks the Cabinet to review the household support scheme so that help reaches working families who do not receive benefits."',
    lead: 'head-democratic', decisionType: 'council',
    points: ['The motion was moved by a member of the Labour Group.', 'An amendment moved by the Leader, asking for a report to Cabinet within three months, was carried and became the substantive motion.'],
    decisions: ['the Cabinet be asked to review the household support scheme and report within three months'],
  },
  {
    id: 'fc-constitution',
    title: 'Review of the constitution',
    purpose: "To approve changes to the council's constitution recommended by the Audit and Governance Committee.",
    lead: 'monitoring-officer', decisionType: 'council',
    points: ['The changes updated the officer scheme of delegation and the procedure for questions from the public.'],
    decisions: ['the changes to the constitution set out in appendix A be approved'],
  },
];

/** Full Council's budget meeting, after the budget itself. */
export const budgetMeetingTopics: readonly Topic[] = [
  {
    id: 'fc-council-tax',
    title: 'Council tax resolution {nextFy}',
    purpose: 'To set the council tax for {nextFy}, including the precepts of the police and crime commissioner, the fire authority and the parish councils.',
    lead: 's151', decisionType: 'council',
    points: ['The Director of Resources confirmed that the increase was within the limit above which a referendum would be required.'],
    decisions: ['the council tax for {nextFy} be set as shown in the resolution at appendix A'],
  },
  {
    id: 'fc-treasury',
    title: 'Treasury management strategy {nextFy}',
    purpose: 'To approve the treasury management strategy, the capital strategy and the prudential indicators for {nextFy}.',
    lead: 's151', author: 'finance-partner', decisionType: 'council',
    points: ['The strategy had been reviewed by the Audit and Governance Committee.'],
    decisions: ['the treasury management strategy, capital strategy and prudential indicators for {nextFy} be approved'],
  },
  {
    id: 'fc-pay-policy',
    title: 'Pay policy statement {nextFy}',
    purpose: 'To approve the pay policy statement for {nextFy}, as required by the Localism Act 2011.',
    lead: 'chief-executive', decisionType: 'council',
    points: ['The ratio between the highest and the median salary in the council was {n:6-8} to 1.'],
    decisions: ['the pay policy statement for {nextFy} be approved'],
  },
];
