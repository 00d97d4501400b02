import { z } from 'zod';

/**
 * The extraction contract (shared/acceptance/EXTRACTION.md) as a Zod schema.
 * `gavel extract` validates its output against it before printing; parsing
 * also drops the provenance (`at`) the pipeline carries on its records, since
 * Zod objects strip keys they do not name.
 */

export const documentTypes = [
  'agenda-pack',
  'agenda',
  'minutes',
  'agenda-and-minutes',
  'action-log',
  'transcript',
  'work-programme',
  'forward-plan',
  'report',
  'unknown',
] as const;
export type DocumentType = (typeof documentTypes)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const time = z.string().regex(/^\d{2}:\d{2}$/);

export const membershipRoles = ['chair', 'vice-chair', 'member', 'co-optee', 'non-voting'] as const;
export type MembershipRole = (typeof membershipRoles)[number];

const attendanceSchema = z.object({
  present: z.array(z.string()),
  chair: z.string().nullable(),
  viceChair: z.string().nullable(),
  remoteNonVoting: z.array(z.string()),
  apologies: z.array(z.string()),
  substitutes: z.array(z.object({ substitute: z.string(), for: z.string() })),
  inAttendance: z.array(z.string()),
});

const minuteItemSchema = z.object({
  number: z.string(),
  title: z.string(),
  resolutions: z.array(z.string()),
  recommendations: z.array(z.string()),
  actions: z.array(z.string()),
});

export const meetingSchema = z.object({
  committee: z.string(),
  date: isoDate.nullable(),
  startTime: time.nullable(),
  venue: z.string().nullable(),
  membership: z.array(z.object({ name: z.string(), role: z.enum(membershipRoles) })),
  agenda: z.array(z.object({ number: z.string(), title: z.string(), pages: z.string().nullable() })),
  attendance: attendanceSchema.nullable(),
  declarations: z.array(z.object({ member: z.string(), item: z.string().nullable(), interest: z.string() })).nullable(),
  items: z.array(minuteItemSchema),
  endTime: time.nullable(),
});

export const actionEntrySchema = z.object({
  number: z.string().nullable(),
  meetingDate: isoDate.nullable(),
  agendaItem: z.string().nullable(),
  action: z.string(),
  owner: z.string().nullable(),
  directorate: z.string().nullable(),
  progress: z.string().nullable(),
  dueDate: isoDate.nullable(),
  status: z.string().nullable(),
});

export const workProgrammeKinds = ['agenda-item', 'annual', 'potential', 'task-and-finish', 'workshop', 'briefing', 'public-suggestion'] as const;
export type WorkProgrammeKind = (typeof workProgrammeKinds)[number];

export const workProgrammeItemSchema = z.object({
  meetingDate: isoDate.nullable(),
  title: z.string(),
  kind: z.enum(workProgrammeKinds),
  origin: z.string().nullable(),
  leadOfficer: z.string().nullable(),
  position: z.string().nullable(),
});

export const issueTypes = ['key', 'non-key', 'budget-policy-framework'] as const;
export type IssueType = (typeof issueTypes)[number];

export const forwardPlanEntrySchema = z.object({
  decisionMaker: z.string(),
  decisionDate: isoDate.nullable(),
  issueType: z.enum(issueTypes).nullable(),
  title: z.string(),
  purpose: z.string().nullable(),
  directorate: z.string().nullable(),
  leadOfficer: z.string().nullable(),
});

export const trackedRecommendationSchema = z.object({
  meetingDate: isoDate.nullable(),
  recommendation: z.string(),
  response: z.string().nullable(),
  status: z.string().nullable(),
});

export const extractionSchema = z.object({
  source: z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), documentType: z.enum(documentTypes) }),
  council: z.string().nullable(),
  meetings: z.array(meetingSchema),
  actionLog: z.array(actionEntrySchema),
  workProgramme: z.array(workProgrammeItemSchema),
  forwardPlan: z.array(forwardPlanEntrySchema),
  recommendationTracker: z.array(trackedRecommendationSchema),
});

export type Extraction = z.infer<typeof extractionSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Attendance = z.infer<typeof attendanceSchema>;
export type MinuteItem = z.infer<typeof minuteItemSchema>;
export type ActionEntry = z.infer<typeof actionEntrySchema>;
export type WorkProgrammeItem = z.infer<typeof workProgrammeItemSchema>;
export type ForwardPlanEntry = z.infer<typeof forwardPlanEntrySchema>;
export type TrackedRecommendation = z.infer<typeof trackedRecommendationSchema>;
