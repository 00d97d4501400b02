import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { staffOf } from '../accounts/access.ts';
import { hasPermission, type Permission } from '../accounts/roles.ts';
import type { Database } from '../db/database.ts';
import { formatDateLong } from '../web/format.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { findMeetingRecord, type MeetingRecord } from './meeting-record-repository.ts';
import { recordLockedReason } from './minutes-lock.ts';

export type RecordSection = 'attendance' | 'declarations' | 'minutes' | 'questions';

const sections: { key: RecordSection; text: string; path: string; permission: Permission }[] = [
  { key: 'attendance', text: 'Attendance', path: 'attendance', permission: 'meetings:manage' },
  { key: 'declarations', text: 'Declarations of interest', path: 'declarations', permission: 'meetings:manage' },
  { key: 'minutes', text: 'Minutes', path: 'minutes', permission: 'meetings:manage' },
  { key: 'questions', text: 'Public questions', path: 'questions', permission: 'questions:decide' },
];

/** The meeting named by the URL's :id, or a 404. */
export async function loadMeetingRecord(db: Kysely<Database>, request: FastifyRequest): Promise<MeetingRecord> {
  const { id } = parseParams({ id: idSchema }, { id: (request.params as { id?: unknown }).id });
  return (await findMeetingRecord(db, id)) ?? notFound('meeting');
}

/**
 * What every page about recording a meeting shows around its content: the
 * committee and date, the sections the signed-in role may use, a link to the
 * public page, and why the record is locked, if it is.
 */
export function meetingRecordFrame(request: FastifyRequest, record: MeetingRecord, current: RecordSection) {
  const { meeting, committee } = record;
  const base = `/manage/meetings/${meeting.id}`;
  const role = staffOf(request).role;
  const title = `${committee.name}, ${formatDateLong(meeting.date)}`;
  return {
    meetingTitle: title,
    meeting,
    committee,
    lockedReason: recordLockedReason(meeting, record.approvedAtMeetingOn),
    publicHref: `/committees/${committee.slug}/meetings/${meeting.slug}`,
    sections: [
      ...(hasPermission(role, 'meetings:manage') && request.server.hasRoute({ method: 'GET', url: '/manage/meetings/:id/agenda' }) ? [{ text: 'Agenda', href: `${base}/agenda`, current: false }] : []),
      ...sections.filter((s) => hasPermission(role, s.permission)).map((s) => ({ text: s.text, href: `${base}/${s.path}`, current: s.key === current })),
    ],
    breadcrumbs: [
      { text: 'Back office', href: '/manage' },
      // The meeting's own back-office page, where the scheduling feature provides one.
      { text: title, href: request.server.hasRoute({ method: 'GET', url: '/manage/meetings/:id' }) ? base : `${base}/${current === 'questions' ? 'questions' : 'minutes'}` },
    ],
  };
}

/**
 * The answer to a change posted to a meeting whose record is locked (its
 * minutes approved) or cancelled: a 409 page that says why, nothing saved.
 */
export function refuseLockedRecord(request: FastifyRequest, reply: FastifyReply, record: MeetingRecord, section: RecordSection, reason: string) {
  return reply.code(409).view('minutes-locked.njk', { pageTitle: 'These minutes can no longer be changed', ...meetingRecordFrame(request, record, section), reason });
}
