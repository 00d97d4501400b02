import ExcelJS from 'exceljs';
import { reportIntroduction, restrictedNotice, type ActionLogReport } from './action-log-report.ts';

/** A day as Excel holds it: a date at midnight UTC, shown without a time. */
const excelDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

/**
 * The action log as a spreadsheet: one row per action with the report's
 * columns, dates as real dates a clerk can sort, the header frozen and
 * filterable; a second sheet says what the report is and, for the
 * restricted version, that it is not for publication.
 */
export async function actionLogXlsx(report: ActionLogReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gavel';
  workbook.title = report.title;
  workbook.company = report.councilName;
  workbook.created = new Date(`${report.generatedOn}T00:00:00Z`);

  const sheet = workbook.addWorksheet('Action log', { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const columns: Partial<ExcelJS.Column>[] = [
    { header: 'Number', key: 'number', width: 10 },
    { header: 'Meeting', key: 'meeting', width: 14, style: { numFmt: 'd mmm yyyy' } },
    { header: 'Item', key: 'item', width: 30 },
    { header: 'Action', key: 'action', width: 50 },
    { header: 'Owner', key: 'owner', width: 24 },
    { header: 'Directorate', key: 'directorate', width: 22 },
    { header: 'Due', key: 'due', width: 14, style: { numFmt: 'd mmm yyyy' } },
    { header: 'Status', key: 'status', width: 13 },
    { header: 'Date completed', key: 'completed', width: 15, style: { numFmt: 'd mmm yyyy' } },
    { header: 'Progress', key: 'progress', width: 60 },
  ];
  if (report.version === 'restricted') columns.push({ header: 'Exempt item', key: 'exempt', width: 12 });
  sheet.columns = columns;
  for (const line of report.lines) {
    sheet.addRow({
      number: line.number,
      meeting: excelDate(line.meetingDate),
      item: line.item,
      action: line.action,
      owner: line.owner,
      directorate: line.directorate,
      // A due date in words ("next meeting") stays as the log wrote it.
      due: line.dueOn ? excelDate(line.dueOn) : line.due,
      status: line.status,
      completed: excelDate(line.completedOn),
      progress: line.progress,
      ...(report.version === 'restricted' ? { exempt: line.isExempt ? 'Exempt' : '' } : {}),
    });
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  sheet.eachRow((row, index) => {
    if (index > 1) row.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };

  const about = workbook.addWorksheet('About this report');
  about.getColumn(1).width = 110;
  about.addRow([report.councilName]).font = { bold: true, size: 14 };
  about.addRow([report.title]).font = { bold: true, size: 12 };
  if (report.version === 'restricted') about.addRow([restrictedNotice]).font = { bold: true, color: { argb: 'FFD4351C' } };
  for (const line of reportIntroduction(report)) about.addRow([line]).alignment = { wrapText: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
