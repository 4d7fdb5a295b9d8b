// RFC 4180 CSV. A UTF-8 BOM goes first so spreadsheet programs read Chinese text correctly.

export const CSV_BOM = '\ufeff';

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
  // Formula injection: a cell starting with = + - @ is text, not a formula, for a report's reader.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}
