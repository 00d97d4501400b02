import { streets } from './names.ts';
import type { WardPlan } from './plan.ts';
import type { Random } from './random.ts';
import type { Topic } from './topics.ts';

/** Business of the Audit and Governance Committee. */
export const auditTopics: readonly Topic[] = [
  {
    id: 'agc-internal-audit',
    title: 'Internal audit progress report',
    purpose: 'To report progress against the internal audit plan for {fy} and the findings of audits completed since the last meeting.',
    lead: 'chief-auditor', decisionType: 'committee',
    points: [
      '{n:11-17} audits had been completed since the last meeting, {n:2-3} of them with limited assurance.',
      'The audit of payments to care providers had found weaknesses in the checking of invoices against commissioned hours.',
      'Members asked about overdue management actions; the Chief Internal Auditor reported that {n:4-9} high-priority actions were overdue and that directors had been asked to attend the next meeting to explain.',
      'The plan remained on course to deliver enough work to support the annual audit opinion.',
    ],
    decisions: ['the report be noted', 'the relevant director attends the next meeting to explain the overdue high-priority actions'],
    actions: ['Provide the management responses to the limited assurance audit of payments to care providers.'],
  },
  {
    id: 'agc-external-plan',
    title: 'External audit plan {fy}',
    purpose: "To receive the external auditor's plan for the audit of the council's {fy} accounts and its value for money arrangements.",
    lead: 's151', decisionType: 'committee', annualMonth: 3,
    points: [
      'The external auditor set materiality at £{n:6-9}m and identified the valuation of land and buildings and the pension liability as significant risks.',
      'The audit fee had risen under the national scale fees set by Public Sector Audit Appointments.',
      'Members asked about the national backlog of local audits; the auditor confirmed that the council\'s accounts were up to date.',
    ],
    decisions: ['the external audit plan be noted'],
  },
  {
    id: 'agc-accounts',
    title: 'Statement of accounts {prevFy}',
    purpose: 'To approve the audited statement of accounts for {prevFy} and to consider the external auditor\'s audit findings report.',
    lead: 's151', author: 'finance-partner', decisionType: 'committee', annualMonth: 11,
    points: [
      'The external auditor expected to issue an unqualified opinion on the accounts.',
      'Adjustments had been made to the valuation of the council\'s property portfolio following the auditor\'s review.',
      'Members thanked the finance team for preparing the accounts within the statutory timetable.',
    ],
    decisions: ['the statement of accounts for {prevFy} be approved', 'the chair signs the letter of representation on behalf of the committee'],
  },
  {
    id: 'agc-ags',
    title: 'Annual governance statement {prevFy}',
    purpose: 'To approve the annual governance statement for {prevFy}, which sets out the effectiveness of the council\'s governance arrangements.',
    lead: 'monitoring-officer', decisionType: 'committee', annualMonth: 7,
    points: [
      'The statement identified children\'s services improvement and the financial position of the high needs block as significant governance issues.',
      'Members asked that the action plan give target dates for each issue.',
    ],
    decisions: ['the annual governance statement for {prevFy} be approved subject to target dates being added to the action plan'],
  },
  {
    id: 'agc-risk',
    title: 'Strategic risk register',
    purpose: "To review the council's strategic risk register and the arrangements for managing risk.",
    lead: 'chief-executive', author: 'chief-auditor', decisionType: 'committee',
    points: [
      'The highest-scoring risks were the sustainability of the medium term financial strategy and the sufficiency of placements for children in care.',
      'A new risk had been added on cyber security following an incident at a neighbouring council.',
      'Members asked that each risk show whether its score was rising or falling since the previous review.',
    ],
    decisions: ['the strategic risk register be noted'],
    actions: ['Add the direction of travel of each risk score to future versions of the register.'],
  },
  {
    id: 'agc-treasury',
    title: 'Treasury management mid-year review {fy}',
    purpose: 'To review treasury management activity in the first half of {fy} against the strategy approved by Council.',
    lead: 's151', author: 'finance-partner', decisionType: 'committee', annualMonth: 11,
    points: [
      'Borrowing stood at £{n:180-240}m and the council had remained within all its prudential indicators.',
      'Investment income was higher than budgeted because of interest rates.',
    ],
    decisions: ['the treasury management mid-year review be noted and commended to Council'],
  },
  {
    id: 'agc-fraud',
    title: 'Counter fraud annual report',
    purpose: "To report on the council's counter fraud work during {prevFy}, including the outcome of the National Fraud Initiative data matches.",
    lead: 'chief-auditor', decisionType: 'committee', annualMonth: 6,
    points: [
      'The National Fraud Initiative had identified £{n:120-260}k of overpayments, mostly single person discounts on council tax.',
      '{n:3-6} blue badge misuse cases had been prosecuted.',
      'Members asked whether the council used data matching during the year rather than waiting for the national exercise.',
    ],
    decisions: ['the counter fraud annual report be noted'],
  },
  {
    id: 'agc-audit-plan',
    title: 'Internal audit plan {nextFy}',
    purpose: 'To approve the risk-based internal audit plan for {nextFy}.',
    lead: 'chief-auditor', decisionType: 'committee', annualMonth: 3,
    points: [
      'The plan provided {n:1100-1400} days of audit work, including reviews of the SEND transport contracts and the council\'s cyber security arrangements.',
      'Members asked that the plan include a review of the recommendations tracker for scrutiny.',
    ],
    decisions: ['the internal audit plan for {nextFy} be approved'],
  },
];

interface Development {
  proposal: string;
  site: string;
  kind: 'OUT' | 'FUL' | 'VAR';
  points: readonly string[];
  /** What members who voted to refuse were concerned about, and the reason for refusal. */
  concern: string;
  refusal: string;
}

const plan = 'of the Wrenmoor Local Plan';
const developments: readonly Development[] = [
  {
    proposal: 'Outline application for up to {n:40-120} dwellings with access from {street}, public open space and drainage attenuation', site: 'Land north of {street}', kind: 'OUT',
    points: [
      "The committee heard from the applicant's agent, from an objector and from the ward member.",
      'The highway authority had raised no objection, subject to conditions on the design of the junction with {street}.',
      'Members discussed drainage and the advice of the lead local flood authority.',
      'The section 106 agreement would secure affordable housing and contributions to primary school places.',
    ],
    concern: 'Several members were concerned about the capacity of the junction with {street} at peak times.',
    refusal: `the applicant has failed to demonstrate that safe and suitable access can be achieved for all users, contrary to policy LP31 ${plan}`,
  },
  {
    proposal: 'Erection of {n:18-36} affordable dwellings with associated parking and landscaping', site: 'Former depot, {street}', kind: 'FUL',
    points: ['The scheme would be delivered by a registered provider, with all homes for affordable rent.', 'Neighbours had raised concerns about parking on {street}.', 'The site was previously developed land within the settlement boundary.'],
    concern: 'Some members considered the three-storey block too dominant in the street scene.',
    refusal: `the proposed development, by reason of its height and massing, would be harmful to the character of the street scene, contrary to policy LP14 ${plan}`,
  },
  {
    proposal: 'Change of use of the former public house to a single dwelling with a two-storey rear extension', site: 'The Plough, {street}', kind: 'FUL',
    points: ['The applicant had marketed the pub for eighteen months without a viable offer.', 'The parish council and local residents objected to the loss of a community facility.'],
    concern: 'Members questioned whether the marketing exercise had tested the interest in a community purchase.',
    refusal: `the applicant has not demonstrated that the public house is no longer viable as a community facility, contrary to policy LP40 ${plan}`,
  },
  {
    proposal: 'Installation of a {n:5-49} megawatt solar farm with battery storage and a substation for a temporary period of 40 years', site: 'Land at Grange Farm, off {street}', kind: 'FUL',
    points: [
      'The site was grade 3b agricultural land and would continue in use for sheep grazing.',
      "The landscape and visual impact assessment had been reviewed by the council's landscape officer.",
      'The parish council objected to the cumulative effect with the existing solar farm at Hill Farm.',
    ],
    concern: 'Members discussed the visibility of the panels from the public footpath along the ridge.',
    refusal: `the development would cause unacceptable harm to the character and appearance of the landscape, contrary to policies LP5 and LP22 ${plan}`,
  },
  {
    proposal: 'Demolition of existing buildings and erection of a {n:60-80}-bed care home with parking', site: '{n:10-80} {street}', kind: 'FUL',
    points: ['There was an identified need for nursing beds for people with dementia in the borough.', 'Neighbours objected to the loss of trees along the boundary; a replacement planting scheme was proposed.'],
    concern: 'Some members considered the building too large for the plot.',
    refusal: `the proposed building, by reason of its scale and siting, would be overbearing to neighbouring homes, contrary to policy LP14 ${plan}`,
  },
  {
    proposal: 'Variation of condition 2 (approved plans) of planning permission {prev}/0{n:1000-3999}/FUL to change the house types on plots 1 to 14', site: 'Land south of {street}', kind: 'VAR',
    points: ['The changes would replace bungalows on plots 1 to 14 with two-storey houses.', 'Residents of the neighbouring bungalows objected to overlooking.'],
    concern: 'Members questioned the loss of bungalows, which were in short supply in the area.',
    refusal: `the amended house types would cause unacceptable overlooking of neighbouring homes, contrary to policy LP14 ${plan}`,
  },
  {
    proposal: 'Conversion of the agricultural barn to four holiday lets with a new access', site: 'Barn at Hill Farm, {street}', kind: 'FUL',
    points: ['The barn was a non-designated heritage asset and the conversion kept its main features.', 'The highway authority had asked for improved visibility at the access, which the amended plans provided.'],
    concern: 'Members were concerned about the number of holiday lets in the parish.',
    refusal: `the proposed development would harm the setting of a non-designated heritage asset, contrary to policy LP16 ${plan}`,
  },
];

export interface PlanningOutcome {
  officerRecommendation: string;
  resolution: string;
  outcome: 'carried' | 'deferred';
  /** "For 8, against 2, abstentions 1". */
  vote: string;
}

/**
 * A planning application for the committee, with its reference, site and
 * ward, and what the committee made of it: mostly granted as recommended,
 * now and then refused against the recommendation or deferred for a site visit.
 */
export function planningApplication(random: Random, wards: readonly WardPlan[], yearDigits: string): Topic & { planning: PlanningOutcome } {
  const ward = random.pick(wards);
  const development = random.pick(developments);
  const street = random.pick(streets);
  const reference = `${yearDigits}/0${random.int(1000, 3999)}/${development.kind}`;
  const local = (text: string) => text.replaceAll('{street}', street).replace('{prev}', String(Number(yearDigits) - 1).padStart(2, '0'));
  const roll = random.int(1, 20);
  const officerRecommendation = 'That planning permission be granted subject to the conditions set out in section 10 of the report and, where stated, the completion of a section 106 agreement.';
  const points = random.some(development.points, random.int(2, development.points.length)).map(local);
  let planning: PlanningOutcome;
  if (roll <= 2) {
    planning = { officerRecommendation, resolution: 'That consideration of the application be deferred to allow members to visit the site.', outcome: 'deferred', vote: tally(random, 6) };
  } else if (roll <= 4) {
    points.push(local(development.concern));
    planning = { officerRecommendation, resolution: `That planning permission be refused, contrary to the officer recommendation, for the following reason: ${development.refusal}.`, outcome: 'carried', vote: tally(random, 6) };
  } else {
    const s106 = development.kind === 'OUT' ? `, and the completion of a section 106 agreement securing ${random.int(20, 35)}% affordable housing and contributions to education and highways` : '';
    planning = { officerRecommendation, resolution: `That planning permission be granted subject to the conditions set out in the report${s106}.`, outcome: 'carried', vote: tally(random, 7) };
  }
  return {
    id: `planning-${reference}`,
    title: `${reference}: ${local(development.site)}, ${ward.name}`,
    purpose: `${local(development.proposal)}.`,
    lead: 'head-planning', decisionType: 'committee', fixedWards: [ward],
    points,
    planning,
  };
}

function tally(random: Random, atLeast: number): string {
  const votesFor = random.int(atLeast, 10);
  const against = random.int(0, 10 - votesFor);
  const abstain = random.int(0, Math.max(0, 11 - votesFor - against));
  return `For ${votesFor}, against ${against}, abstentions ${abstain}`;
}
