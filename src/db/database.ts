import type { AuditEventTable, InstanceSecretTable, PasswordTokenTable, StaffSessionTable, StaffUserTable } from '../accounts/account-tables.ts';
import type { CouncilTable, PoliticalGroupTable, WardTable } from '../council/council-tables.ts';
import type { CommitteeTable, MembershipTable, MunicipalYearTable } from '../committees/committee-tables.ts';
import type { DocumentTable, TranscriptSegmentTable, TranscriptTable } from '../documents/document-tables.ts';
import type {
  AgendaItemTable,
  AttendanceTable,
  DeclarationTable,
  MeetingTable,
  PublicQuestionTable,
  RecordedVoteTable,
  ReportSignOffTable,
  ReportTable,
  ReportWardTable,
  ResolutionTable,
} from '../meetings/meeting-tables.ts';
import type { JobTable } from '../jobs/job-tables.ts';
import type { PersonTable } from '../people/people-tables.ts';
import type {
  ActionTable,
  ActionUpdateTable,
  ForwardPlanEntryTable,
  ForwardPlanEntryWardTable,
  RecommendationTable,
  WorkProgrammeItemTable,
} from '../tracking/tracking-tables.ts';

/**
 * Every table, as Kysely sees it. Table types live with their feature; a
 * column named here that the migrations do not create is a bug the
 * repository tests catch on both engines.
 */
export interface Database {
  council: CouncilTable;
  ward: WardTable;
  politicalGroup: PoliticalGroupTable;
  person: PersonTable;
  municipalYear: MunicipalYearTable;
  committee: CommitteeTable;
  membership: MembershipTable;
  meeting: MeetingTable;
  agendaItem: AgendaItemTable;
  report: ReportTable;
  reportWard: ReportWardTable;
  reportSignOff: ReportSignOffTable;
  attendance: AttendanceTable;
  declaration: DeclarationTable;
  resolution: ResolutionTable;
  recordedVote: RecordedVoteTable;
  recommendation: RecommendationTable;
  action: ActionTable;
  actionUpdate: ActionUpdateTable;
  workProgrammeItem: WorkProgrammeItemTable;
  forwardPlanEntry: ForwardPlanEntryTable;
  forwardPlanEntryWard: ForwardPlanEntryWardTable;
  publicQuestion: PublicQuestionTable;
  document: DocumentTable;
  transcript: TranscriptTable;
  transcriptSegment: TranscriptSegmentTable;
  staffUser: StaffUserTable;
  staffSession: StaffSessionTable;
  passwordToken: PasswordTokenTable;
  auditEvent: AuditEventTable;
  instanceSecret: InstanceSecretTable;
  job: JobTable;
  searchEntry: import('../search/search-tables.ts').SearchEntryTable;
  councilClosureDay: import('../deadlines/working-calendar-tables.ts').CouncilClosureDayTable;
  meetingNotice: import('../scheduling/scheduling-tables.ts').MeetingNoticeTable;
  meetingSlugRedirect: import('../scheduling/scheduling-tables.ts').MeetingSlugRedirectTable;
  minutesAmendment: import('../minutes/minutes-tables.ts').MinutesAmendmentTable;
  publicQuestionContact: import('../questions/question-tables.ts').PublicQuestionContactTable;
  questionSubmission: import('../questions/question-tables.ts').QuestionSubmissionTable;
  actionUpdateLink: import('../actions/follow-through-tables.ts').ActionUpdateLinkTable;
  followThroughSettings: import('../actions/follow-through-tables.ts').FollowThroughSettingsTable;
  followThroughReminder: import('../actions/follow-through-tables.ts').FollowThroughReminderTable;
  agendaPublication: import('../publishing/publishing-tables.ts').AgendaPublicationTable;
  agendaPublicationItem: import('../publishing/publishing-tables.ts').AgendaPublicationItemTable;
  workProgrammeItemChange: import('../work-programme/work-programme-tables.ts').WorkProgrammeItemChangeTable;
  workProgrammeSuggestion: import('../work-programme/work-programme-tables.ts').WorkProgrammeSuggestionTable;
  suggestionSubmission: import('../work-programme/work-programme-tables.ts').SuggestionSubmissionTable;
  taskAndFinishReview: import('../work-programme/work-programme-tables.ts').TaskAndFinishReviewTable;
  taskAndFinishMilestone: import('../work-programme/work-programme-tables.ts').TaskAndFinishMilestoneTable;
  taskAndFinishRecommendation: import('../work-programme/work-programme-tables.ts').TaskAndFinishRecommendationTable;
  topic: import('../topics/topic-tables.ts').TopicTable;
  topicLink: import('../topics/topic-tables.ts').TopicLinkTable;
  follower: import('../following/following-tables.ts').FollowerTable;
  follow: import('../following/following-tables.ts').FollowTable;
  followLink: import('../following/following-tables.ts').FollowLinkTable;
  followRequest: import('../following/following-tables.ts').FollowRequestTable;
  followEvent: import('../following/following-tables.ts').FollowEventTable;
  followNotification: import('../following/following-tables.ts').FollowNotificationTable;
}
