// Round dates come as YYYY, YYYY-MM or YYYY-MM-DD. Comparing them as day intervals lets "2018" agree with
// "2018-04-09" instead of pretending one of them means January 1st.

export interface DayInterval {
  start: number;
  end: number;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

export function isPartialDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export function dayInterval(value: string | null): DayInterval | null {
  if (!value) return null;
  const m = DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (!m[2]) return { start: Date.UTC(year, 0, 1) / DAY_MS, end: Date.UTC(year, 11, 31) / DAY_MS };
  const month = Number(m[2]) - 1;
  if (!m[3]) return { start: Date.UTC(year, month, 1) / DAY_MS, end: Date.UTC(year, month + 1, 0) / DAY_MS };
  const day = Date.UTC(year, month, Number(m[3])) / DAY_MS;
  return { start: day, end: day };
}

/** Days between two dates' intervals (0 when they overlap); null when either is unknown. */
export function gapDays(a: string | null, b: string | null): number | null {
  const x = dayInterval(a);
  const y = dayInterval(b);
  if (!x || !y) return null;
  return Math.max(0, Math.max(x.start, y.start) - Math.min(x.end, y.end));
}

/** More characters = more precise. */
export function datePrecision(value: string | null): number {
  return value ? value.length : 0;
}
