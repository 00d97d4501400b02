import { z } from 'zod';

/** The named schemas: each becomes a component of the OpenAPI description. */
export const apiRegistry = z.registry<{ id: string; description: string }>();

/**
 * The API's response shapes, one zod schema per resource. They document the
 * API (the OpenAPI description is generated from them) and the tests check
 * every response against the generated JSON Schemas. People, organisations
 * and memberships use Popolo's names; meetings use Open Civic Data's event.
 */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('A calendar day, YYYY-MM-DD');
const instant = z.string().describe('An instant, ISO 8601 in UTC');
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

const Link = z.object({ url: z.string(), note: z.string() });

export const Organization = z
  .object({
    id: z.string().describe('The committee’s or group’s slug'),
    name: z.string(),
    classification: z.string().describe('For committees: full-council, cabinet, scrutiny, regulatory, sub-committee, task-and-finish, other; for political groups: party'),
    parent_id: nullable(z.string()),
    description: nullable(z.string()),
    active: z.boolean(),
    links: z.array(Link),
  })
  .register(apiRegistry, { id: 'Organization', description: 'A Popolo Organization: a committee or a political group' });

export const Person = z
  .object({
    id: z.string().describe('The person’s slug'),
    name: z.string(),
    given_name: nullable(z.string()),
    family_name: nullable(z.string()),
    honorific_prefix: nullable(z.string()),
    classification: z.enum(['councillor', 'officer', 'co-optee']),
    political_group_id: nullable(z.string()),
    ward: nullable(z.string()),
    job_title: nullable(z.string()),
    links: z.array(Link),
  })
  .register(apiRegistry, { id: 'Person', description: 'A Popolo Person' });

export const Membership = z
  .object({
    id: z.string(),
    person_id: z.string(),
    organization_id: z.string(),
    role: z.enum(['chair', 'vice-chair', 'member', 'substitute']),
    member_type: z.enum(['councillor', 'voting-co-optee', 'non-voting-co-optee', 'non-voting-councillor']),
    represents: nullable(z.string()),
    start_date: nullable(date),
    end_date: nullable(date),
  })
  .register(apiRegistry, { id: 'Membership', description: 'A Popolo Membership of a committee' });

const meetingFields = {
  id: z.number().int(),
  name: z.string(),
  classification: z.enum(['ordinary', 'extraordinary', 'annual', 'budget', 'special']),
  organization_id: z.string(),
  date: date,
  start_date: nullable(instant),
  end_date: nullable(instant),
  all_day: z.boolean(),
  status: z.enum(['confirmed', 'cancelled', 'passed']).describe('Open Civic Data event status'),
  gavel_status: z.enum(['scheduled', 'agenda-published', 'held', 'draft-minutes', 'minutes-approved', 'cancelled']),
  cancellation_reason: nullable(z.string()),
  location: z.object({ name: nullable(z.string()).describe("Where the meeting is held: its venue, or the committee's usual venue when the meeting names none") }),
  agenda_published_at: nullable(instant),
  minutes_published_at: nullable(instant),
  links: z.array(Link),
};

export const MeetingSummary = z.object(meetingFields).register(apiRegistry, { id: 'MeetingSummary', description: 'An Open Civic Data event, without its agenda' });

export const Resolution = z.object({ id: z.number().int(), text: z.string(), outcome: nullable(z.enum(['carried', 'lost', 'noted', 'deferred', 'withdrawn'])) });

export const Recommendation = z
  .object({
    id: z.number().int(),
    organization_id: z.string(),
    meeting_id: nullable(z.number().int()),
    agenda_item_id: nullable(z.number().int()),
    letter: nullable(z.string()),
    reference: nullable(z.string()),
    text: z.string(),
    addressed_to: z.enum(['executive', 'council', 'partner', 'officers', 'committee']),
    addressee_name: nullable(z.string()),
    sent_on: nullable(date),
    received_on: nullable(date),
    response_due_on: nullable(date),
    response: nullable(z.enum(['accepted', 'partly-accepted', 'rejected', 'noted'])),
    response_text: nullable(z.string()),
    responded_on: nullable(date),
    implementation_status: nullable(z.enum(['not-started', 'in-progress', 'implemented', 'not-implemented'])),
    implementation_due_on: nullable(date),
    implemented_on: nullable(date),
  })
  .register(apiRegistry, { id: 'Recommendation', description: 'A scrutiny recommendation and the response to it' });

export const Action = z
  .object({
    id: z.number().int(),
    organization_id: z.string(),
    meeting_id: nullable(z.number().int()),
    agenda_item_id: nullable(z.number().int()),
    number: nullable(z.string()),
    description: z.string(),
    owner_name: nullable(z.string()),
    directorate: nullable(z.string()),
    due_on: nullable(date),
    due_text: nullable(z.string()),
    status: z.enum(['open', 'in-progress', 'completed']),
    completed_on: nullable(date),
  })
  .register(apiRegistry, { id: 'Action', description: 'An action from a meeting’s action log' });

const Report = z.object({
  title: z.string(),
  summary: nullable(z.string()),
  author_name: nullable(z.string()),
  lead_officer_name: nullable(z.string()),
  directorate: nullable(z.string()),
  decision_type: nullable(z.string()),
  key_decision: z.boolean(),
  wards: z.array(z.string()),
  all_wards: z.boolean(),
});

const AgendaItem = z.object({
  id: z.number().int(),
  order: z.number().int(),
  number: nullable(z.string()),
  minute_number: nullable(z.string()),
  description: z.string().describe('The item’s title'),
  notes: nullable(z.string()).describe('The item’s description on the agenda'),
  classification: nullable(z.string()).describe('The standard item it is, such as apologies or declarations'),
  pages: nullable(z.string()),
  exempt: z.boolean(),
  exempt_paragraph: nullable(z.number().int().min(1).max(7)).describe('Paragraph of Part 1 of Schedule 12A to the Local Government Act 1972'),
  minutes: nullable(z.string()),
  report: nullable(Report),
  resolutions: z.array(Resolution),
  recommendations: z.array(Recommendation),
  actions: z.array(Action),
  url: z.string(),
});

const Participant = z.object({
  name: z.string(),
  entity_type: z.literal('person'),
  entity_id: z.string(),
  note: z.enum(['present', 'apologies', 'absent', 'substitute', 'remote-non-voting', 'in-attendance']),
  chair: z.boolean(),
  substitute_for: nullable(z.string()),
  capacity: nullable(z.string()),
});

export const Document = z
  .object({
    id: z.number().int(),
    name: z.string(),
    classification: z.string(),
    filename: z.string(),
    media_type: z.string(),
    byte_size: z.number().int(),
    sha256: z.string(),
    published_at: nullable(instant),
    meeting_id: nullable(z.number().int()),
    organization_id: nullable(z.string()),
    url: z.string().describe('Download of the original file'),
  })
  .register(apiRegistry, { id: 'Document', description: 'A public document’s metadata' });

export const Meeting = z
  .object({ ...meetingFields, agenda: z.array(AgendaItem), participants: z.array(Participant), documents: z.array(Document) })
  .register(apiRegistry, { id: 'Meeting', description: 'An Open Civic Data event with its agenda, attendance, minutes and documents' });

export const WorkProgrammeItem = z
  .object({
    id: z.number().int(),
    organization_id: z.string(),
    municipal_year: nullable(z.string()),
    meeting_id: nullable(z.number().int()),
    classification: z.enum(['scheduled', 'annual', 'potential', 'task-and-finish', 'workshop', 'briefing-note', 'public-suggestion']),
    title: z.string(),
    purpose: nullable(z.string()),
    raised_by: nullable(z.string()),
    lead_officer_name: nullable(z.string()),
    current_position: nullable(z.string()),
    status: z.enum(['suggested', 'planned', 'in-progress', 'completed', 'rejected', 'deferred', 'merged']),
  })
  .register(apiRegistry, { id: 'WorkProgrammeItem', description: 'An item on a committee’s work programme' });

export const ForwardPlanEntry = z
  .object({
    id: z.number().int(),
    reference: nullable(z.string()),
    title: z.string(),
    exempt: z.boolean(),
    exempt_paragraph: nullable(z.number().int().min(1).max(7)),
    purpose: nullable(z.string()),
    decision_maker: nullable(z.string()),
    decision_kind: nullable(z.enum(['key', 'non-key', 'budget-and-policy-framework'])),
    decision_due_on: nullable(date),
    decision_due_month: nullable(z.string()),
    first_published_on: nullable(date),
    directorate: nullable(z.string()),
    lead_officer_name: nullable(z.string()),
    portfolio_holder_name: nullable(z.string()),
    status: nullable(z.enum(['planned', 'decided', 'deferred', 'withdrawn'])),
    decided_on: nullable(date),
  })
  .register(apiRegistry, { id: 'ForwardPlanEntry', description: 'A notice of a key or other executive decision; an exempt entry shows only its reference, title and paragraph' });

export const SearchHit = z
  .object({
    kind: z.enum(['resolution', 'recommendation', 'agenda-item', 'document', 'action', 'forward-plan', 'transcript']),
    id: z.number().int(),
    title: z.string().describe('What the hit is: "Resolved: 5. Home to school transport"'),
    url: z.string().describe('The exact place on the portal: the minute, the document line or the transcript time'),
    committee: nullable(z.string()),
    date: nullable(date),
    snippet: z.string().describe('The words around the match, as plain text'),
    snippet_html: z.string().describe('The same, HTML-escaped, with <mark> around the matching words'),
  })
  .register(apiRegistry, { id: 'SearchHit', description: 'One search result, ranked: decisions and titles above passing mentions' });

export const ApiError = z
  .object({ error: z.object({ status: z.number().int(), message: z.string() }) })
  .register(apiRegistry, { id: 'Error', description: 'What went wrong, for a person to read' });

/** A page of a list, with links to its neighbours. */
export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      total: z.number().int().min(0),
      page: z.number().int().min(1),
      per_page: z.number().int().min(1),
      links: z.object({ self: z.string(), next: nullable(z.string()), prev: nullable(z.string()) }),
    })
    .register(apiRegistry, { id, description: `A page of ${id.replace(/Page$/, '')} records` });
}

export const MAX_PER_PAGE = 200;

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('Page number, from 1'),
  per_page: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(50).describe(`Records a page, at most ${MAX_PER_PAGE}`),
});

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200);
export const OrganizationFilter = slug.optional().describe('A committee’s id (slug)');
export const SlugParam = slug;
export const IdParam = z.coerce.number().int().min(1).max(2_147_483_647);
export const DateFilter = date.optional();
