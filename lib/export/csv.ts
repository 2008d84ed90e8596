import { EXPORT_COLUMNS, type ExportRow } from '@/lib/export/rows';

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection); tab and
// carriage return too, since some programs strip them before looking.
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

/**
 * One CSV field: formula-looking text is neutralised with a leading apostrophe, then the field is
 * quoted per RFC 4180 when it holds a comma, a quote or a line break (inner quotes doubled).
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV file: header line, one line per row, CRLF line ends as RFC 4180 asks. */
export function toCsv(rows: readonly ExportRow[], header: Record<keyof ExportRow, string>): string {
  const lines = [EXPORT_COLUMNS.map((c) => csvCell(header[c]))];
  for (const row of rows) lines.push(EXPORT_COLUMNS.map((c) => csvCell(row[c])));
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
