import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';

/** One column of a CSV download: its heading and how to read the cell from a row. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage
 * return) as a formula, so a minute that begins "=HYPERLINK(…)" could act
 * on a clerk's machine. A leading apostrophe makes it text (OWASP, "CSV
 * Injection").
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The rows as CSV text with a header line, every cell safe to open in a spreadsheet. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const records = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      return value === null || value === undefined ? '' : neutraliseFormula(String(value));
    }),
  );
  // CRLF as RFC 4180 says, and a byte-order mark so Excel reads UTF-8 names as UTF-8.
  return stringify([columns.map((c) => c.header), ...records], { record_delimiter: 'windows', bom: true });
}

/** Sends rows as a CSV download: `sendCsv(reply, 'actions.csv', columns, rows)`. */
export function sendCsv<T>(reply: FastifyReply, filename: string, columns: readonly CsvColumn<T>[], rows: readonly T[]): FastifyReply {
  const safeName = filename.replace(/[^A-Za-z0-9._-]/g, '-');
  return reply
    .type('text/csv; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${safeName}"`)
    .send(toCsv(columns, rows));
}

/** `?format=csv` asks for the CSV of what the page shows. */
export function wantsCsv(query: { format?: string | undefined }): boolean {
  return query.format === 'csv';
}
