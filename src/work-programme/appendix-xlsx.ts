import ExcelJS from 'exceljs';
import { formatDateLong } from '../web/format.ts';
import type { AppendixMeta } from './appendix-blocks.ts';
import type { ProgrammeEntry, WorkProgrammeAppendix } from './work-programme-appendix.ts';
import { describeSession, kindLabels } from './work-programme-views.ts';

/** A day as Excel holds it: a date at midnight UTC, shown without a time. */
const excelDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

/**
 * The appendix as a spreadsheet: one row per item in the order the pack
 * prints them (each meeting, then annual, potential, task and finish,
 * workshops, briefing notes, suggestions), the section and meeting on every
 * row so a clerk can sort and filter, dates as real dates; a second sheet
 * says what it is and when it was made.
 */
export async function appendixXlsx(appendix: WorkProgrammeAppendix, meta: AppendixMeta): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gavel';
  workbook.title = `${meta.committeeName}: work programme ${meta.yearLabel}`;
  workbook.company = meta.council;
  workbook.created = new Date(`${meta.asAt}T00:00:00Z`);

  const sheet = workbook.addWorksheet('Work programme', { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [
    { header: 'Section', key: 'section', width: 24 },
    { header: 'Meeting', key: 'meeting', width: 14, style: { numFmt: 'd mmm yyyy' } },
    { header: 'Item', key: 'item', width: 45 },
    { header: 'Kind', key: 'kind', width: 18 },
    { header: 'Type of scrutiny', key: 'scrutinyType', width: 20 },
    { header: 'Purpose', key: 'purpose', width: 50 },
    { header: 'Origin', key: 'origin', width: 26 },
    { header: 'Lead officer', key: 'lead', width: 22 },
    { header: 'Current position', key: 'position', width: 40 },
    { header: 'Date', key: 'date', width: 14, style: { numFmt: 'd mmm yyyy' } },
    { header: 'Time', key: 'time', width: 16 },
    { header: 'Group', key: 'group', width: 26 },
  ];
  const add = (section: string, meetingDate: string | null, entry: ProgrammeEntry) => {
    const session = describeSession(entry);
    sheet.addRow({
      section,
      meeting: excelDate(meetingDate),
      item: entry.title,
      kind: kindLabels[entry.kind],
      scrutinyType: entry.scrutinyType,
      purpose: entry.purpose,
      origin: entry.origin,
      lead: entry.leadOfficerName,
      position: entry.currentPosition,
      date: excelDate(entry.sessionOn),
      time: entry.kind === 'workshop' && session?.includes(', ') ? session.slice(session.indexOf(', ') + 2) : null,
      group: entry.group?.name ?? null,
    });
  };
  for (const { meeting, items } of appendix.meetings) for (const entry of items) add('Items by meeting', meeting.date, entry);
  for (const section of appendix.sections) for (const entry of section.items) add(section.title, null, entry);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  sheet.eachRow((row, index) => {
    if (index > 1) row.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };

  const about = workbook.addWorksheet('About');
  about.getColumn(1).width = 100;
  about.addRow([`${meta.council}`]).font = { bold: true, size: 14 };
  about.addRow([`${meta.committeeName}: work programme ${meta.yearLabel}`]).font = { bold: true };
  about.addRow([`As at ${formatDateLong(meta.asAt)}. The work programme is reviewed at each meeting and may change.`]);
  const empty = appendix.meetings.filter((m) => m.items.length === 0).map((m) => formatDateLong(m.meeting.date));
  if (empty.length) about.addRow([`Meetings with no items planned yet: ${empty.join('; ')}.`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
