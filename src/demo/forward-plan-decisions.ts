import type { PlannedDecision } from './forward-plan.ts';

/**
 * The decisions on the demo council's forward plan. `when` places each one
 * relative to today, so the plan always has decisions taken and to come.
 */
export const forwardPlanDecisions: readonly PlannedDecision[] = [
  {
    id: 'fp-budget', kind: 'budget-and-policy-framework', maker: 'council', portfolio: 'finance', when: 'budget',
    title: 'Budget {nextFy} and medium term financial strategy',
    purpose: 'To set the revenue budget and capital programme for {nextFy} and approve the medium term financial strategy, on the recommendation of Cabinet.',
    lead: 's151', author: 'finance-partner', decisionType: 'council', isKeyDecision: true,
    keyConsiderations: 'The budget proposes a council tax increase of 4.99%, including the 2% adult social care precept, savings of £9.2m across all directorates and a capital programme of £148m over four years. It was consulted on from November to January and scrutinised by both scrutiny committees.',
    points: [
      'The Deputy Leader moved the budget, which included a council tax increase of 4.99%, of which 2% was the adult social care precept.',
      'The Director of Resources gave his statement under section 25 of the Local Government Act 2003 on the robustness of the estimates and the adequacy of reserves.',
      'An amendment moved by the Conservative Group to reverse the reduction in library opening hours was lost.',
    ],
    decisions: [
      'the revenue budget for {nextFy} of £{n:290-330}.{n:1-9}m be approved',
      'the capital programme for {nextFy} to 2029/30 be approved',
      'the medium term financial strategy be approved',
    ],
  },
  {
    id: 'fp-transport-contract', kind: 'key', maker: 'cabinet', portfolio: 'transport', when: 'latest-cabinet', exempt: true,
    title: 'Award of the home to school transport contract',
    purpose: 'To award the contract for home to school transport for pupils with special educational needs and mainstream pupils from September, following a competitive tender.',
    lead: 'head-transport', decisionType: 'executive', isKeyDecision: true,
    points: [
      'Cabinet considered the evaluation of the four tenders received for each lot and the prices submitted by each bidder.',
      'The Head of Transport and Access set out the preferred bidder\'s proposals for transferring drivers and passenger assistants under TUPE.',
    ],
    decisions: [
      'the contract for home to school transport be awarded to the preferred bidder named in the report for an initial term of four years',
      'the Director of Economy and Environment be authorised to finalise the terms of the contract',
    ],
  },
  {
    id: 'fp-transport-policy', kind: 'key', maker: 'cabinet', portfolio: 'transport', when: -58,
    title: 'Home to school transport policy {nextFy}',
    purpose: 'To approve changes to the home to school transport policy, including personal travel budgets and independent travel training, following consultation.',
    lead: 'head-transport', decisionType: 'executive', isKeyDecision: true,
    keyConsiderations: 'The cost of home to school transport has risen by a third in three years. The revised policy keeps every statutory entitlement but offers personal travel budgets and independent travel training as alternatives to taxis.',
    points: [
      'The Cabinet Member for Transport and Highways thanked the Children and Young People Scrutiny Committee for its pre-decision scrutiny and accepted its recommendation on rural walking routes.',
      '{n:640-910} responses to the consultation had been received, most of them from parents of children with special educational needs.',
    ],
    decisions: [
      'the home to school transport policy for {nextFy} be approved',
      'walking route assessments in rural wards be reviewed before the policy takes effect',
    ],
  },
  {
    id: 'fp-local-plan', kind: 'key', maker: 'cabinet', portfolio: 'housing', when: 3,
    title: 'Wrenmoor local plan: consultation on the draft plan (Regulation 18)',
    purpose: 'To approve the draft local plan, including proposed housing and employment sites, for public consultation under regulation 18.',
    lead: 'head-planning', decisionType: 'executive', isKeyDecision: true,
    keyConsiderations: 'The draft plan sets out where homes, jobs and infrastructure will go until 2042. Consultation under regulation 18 would run for eight weeks, followed by a further draft for submission to the Secretary of State.',
    points: [
      'The draft plan proposed sites for {n:9000-11000} homes over the plan period, including two new settlements.',
      'Cabinet members discussed the infrastructure needed to support growth in the north of the borough.',
    ],
    decisions: ['the draft local plan be approved for consultation', 'the Head of Planning and Building Control be authorised to make minor amendments before publication'],
  },
  {
    id: 'fp-monitoring', kind: 'non-key', maker: 'cabinet', portfolio: 'finance', when: 4,
    title: 'Budget and performance monitoring: {quarter}',
    purpose: 'To report the forecast outturn for {fy} and performance against the corporate plan at {quarter}.',
    lead: 's151', author: 'finance-partner', decisionType: 'executive',
    points: ['The forecast overspend had reduced since the previous quarter because of spending controls.'],
    decisions: ['the forecast outturn be noted'],
  },
  {
    id: 'fp-market-arcade', kind: 'key', maker: 'cabinet', portfolio: 'housing', when: -30,
    title: 'Wrenbridge town centre regeneration: acquisition of the Market Arcade',
    purpose: 'To approve the acquisition of the Market Arcade, Wrenbridge, to enable the regeneration of the town centre.',
    lead: 'director-place', decisionType: 'executive', isKeyDecision: true, wardNames: ['Wrenbridge Central'],
    keyConsiderations: 'The Market Arcade is the largest vacant site in the town centre. Acquiring it would let the council lead its redevelopment for homes, shops and a new market hall, in line with the Wrenbridge town centre masterplan.',
    points: ['The acquisition would be funded from the levelling up grant and prudential borrowing repaid from rental income.', 'Ward members had been briefed and supported the proposal.'],
    decisions: ['the acquisition of the Market Arcade be approved within the budget set out in the report', 'the Director of Economy and Environment be authorised to complete the acquisition'],
  },
  {
    id: 'fp-charging', kind: 'key', maker: 'member', portfolio: 'adults', when: 24,
    title: 'Adult social care charging policy for non-residential care',
    purpose: 'To approve changes to the charging policy for non-residential adult social care following consultation.',
    lead: 'das', decisionType: 'executive', isKeyDecision: true, points: [],
  },
  {
    id: 'fp-fees', kind: 'non-key', maker: 'member', portfolio: 'finance', when: -19,
    title: 'Fees and charges {nextFy}',
    purpose: 'To approve the fees and charges for discretionary council services for {nextFy}.',
    lead: 'finance-partner', decisionType: 'executive', points: [],
  },
  {
    id: 'fp-highways', kind: 'key', maker: 'member', portfolio: 'transport', when: 46,
    title: 'Highways maintenance programme {fy}',
    purpose: 'To approve the programme of highway resurfacing, surface dressing and footway repairs for {fy}.',
    lead: 'head-transport', decisionType: 'executive', isKeyDecision: true, points: [],
  },
  {
    id: 'fp-residential', kind: 'key', maker: 'member', portfolio: 'children', when: 16, urgency: 'general-exception',
    title: "Children's residential care: call-off from the regional framework",
    purpose: "To approve the call-off of children's residential placements from the regional framework, where the existing arrangement expires before a longer notice period was possible.",
    lead: 'dcs', decisionType: 'executive', isKeyDecision: true, wards: 2, points: [],
  },
  {
    id: 'fp-climate', kind: 'non-key', maker: 'cabinet', portfolio: 'environment', when: 95,
    title: 'Climate emergency action plan: annual refresh',
    purpose: "To approve the refreshed climate emergency action plan and report progress towards the council's target of net zero by 2030.",
    lead: 'director-place', decisionType: 'executive', points: [],
  },
  {
    id: 'fp-drugs', kind: 'key', maker: 'cabinet', portfolio: 'adults', when: 130,
    title: 'Recommissioning of drug and alcohol treatment services',
    purpose: 'To approve the procurement of an integrated drug and alcohol treatment service from April.',
    lead: 'dph', decisionType: 'executive', isKeyDecision: true, points: [],
  },
  {
    id: 'fp-leisure', kind: 'key', maker: 'cabinet', portfolio: 'environment', when: 110, deferred: true, wards: 3,
    title: 'Leisure centres: management contract',
    purpose: 'To decide the future management arrangements for the three council leisure centres when the current contract ends.',
    lead: 'director-place', decisionType: 'executive', isKeyDecision: true, points: [],
  },
];
