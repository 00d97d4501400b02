/**
 * What changed between two snapshots of a record, field by field, for the
 * audit trail page: an administrator reads "status: scheduled → cancelled",
 * not two blobs of JSON.
 */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .filter((field) => show(a[field]) !== show(b[field]))
    .map((field) => ({ field: humanise(field), before: show(a[field]), after: show(b[field]) }));
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : value === null || value === undefined ? {} : { value };
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** passwordHash → "password hash". */
function humanise(field: string): string {
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
}
