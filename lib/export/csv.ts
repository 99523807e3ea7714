// RFC 4180 writing with the OWASP CSV-injection guard. Pure.
//
// - Records end with CRLF; a field is quoted when it holds a comma, a quote, CR or LF; inner quotes doubled.
// - Text that begins with = + - @ tab or CR gets a leading apostrophe so spreadsheets show it as text
//   instead of running it (page text is attacker-controlled: an "investor" named =HYPERLINK(...)).
//   Text beginning with an apostrophe gets one too, which keeps the guard reversible (`unguardCell`) and
//   matches spreadsheets, which hide one leading apostrophe.
// - Numbers are written as plain numbers and never guarded: -5 stays a number.

export type CsvCell = string | number | null | undefined;

export const UTF8_BOM = '\uFEFF';
export const CRLF = '\r\n';

const FORMULA_START = /^[=+\-@\t\r']/;
const NEEDS_QUOTES = /[",\r\n]/;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Inverse of guardFormula, for readers of our own files (and tests). */
export function unguardCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  // Whole currency units up to 1e21 print without exponent; beyond that toLocaleString would still be wrong
  // for a spreadsheet, so exponent notation (which spreadsheets read as a number) is acceptable.
  return String(value);
}

export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return formatNumber(cell);
  const text = guardFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(',') + CRLF;
}
