import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MeetingStatus } from '../meetings/meeting-tables.ts';
import { agendaIsEditable } from './agenda-editable.ts';

describe('agendaIsEditable', () => {
  it('lets a clerk change the agenda only before it is published', () => {
    const statuses: MeetingStatus[] = ['scheduled', 'agenda-published', 'held', 'draft-minutes', 'minutes-approved', 'cancelled'];
    assert.deepEqual(statuses.filter(agendaIsEditable), ['scheduled']);
  });
});
