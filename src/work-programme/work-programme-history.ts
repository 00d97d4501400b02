import { formatDateLong } from '../web/format.ts';
import type { WorkProgrammeChangeKind } from './work-programme-tables.ts';

export interface ChangeRecord {
  change: WorkProgrammeChangeKind;
  fromMeetingOn: string | null;
  toMeetingOn: string | null;
  currentPosition: string | null;
  status: string | null;
}

const statusWords: Record<string, string> = {
  suggested: 'suggested',
  planned: 'planned',
  'in-progress': 'in progress',
  completed: 'completed',
  rejected: 'not taken forward',
  deferred: 'deferred',
  merged: 'merged',
};

/**
 * One line of an item's history as a person reads it: where it moved
 * from and to, what its position became. The meetings are named by the
 * dates they had when the change was made.
 *
 * @example
 * describeChange({ change: 'moved', fromMeetingOn: '2026-03-17', toMeetingOn: '2026-04-21', … });
 * // 'Moved from the meeting on Tuesday 17 March 2026 to the meeting on Tuesday 21 April 2026'
 */
export function describeChange(record: ChangeRecord): string {
  const meeting = (day: string) => `the meeting on ${formatDateLong(day)}`;
  switch (record.change) {
    case 'added':
      return record.toMeetingOn ? `Added to the work programme for ${meeting(record.toMeetingOn)}` : 'Added to the work programme';
    case 'moved':
      if (record.fromMeetingOn && record.toMeetingOn) return `Moved from ${meeting(record.fromMeetingOn)} to ${meeting(record.toMeetingOn)}`;
      if (record.toMeetingOn) return `Scheduled for ${meeting(record.toMeetingOn)}`;
      if (record.fromMeetingOn) return `Taken off ${meeting(record.fromMeetingOn)}: not yet scheduled`;
      return 'Moved';
    case 'position': {
      const status = record.status ? ` (${statusWords[record.status] ?? record.status})` : '';
      return record.currentPosition ? `Current position: ${record.currentPosition}${status}` : `Status: ${statusWords[record.status ?? ''] ?? 'changed'}`;
    }
    case 'details':
      return 'Details changed';
    case 'accepted':
      return 'Suggestion from the public accepted as a potential item';
    case 'rejected':
      return 'Suggestion from the public not taken forward';
    case 'merged':
      return 'Merged into another item';
    case 'merged-in':
      return 'A suggestion from the public was merged into this item';
  }
}
