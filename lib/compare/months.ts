// Months between two round dates (YYYY, YYYY-MM or YYYY-MM-DD). A year-only date cannot say months.

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAYS_PER_MONTH = 365.2425 / 12;

/**
 * Whole months from `from` to `to`, rounded to the nearest month (Jul 2017 → Apr 2018 = 9). Negative when
 * `to` is earlier. null when either date is unknown or only a year.
 */
export function monthsBetween(from: string | null | undefined, to: string | null | undefined): number | null {
  const a = from ? DATE.exec(from) : null;
  const b = to ? DATE.exec(to) : null;
  if (!a || !b || !a[2] || !b[2]) return null;
  const months = (Number(b[1]) - Number(a[1])) * 12 + (Number(b[2]) - Number(a[2]));
  // Days only count when both dates have them; otherwise a month-precise date would be treated as the 1st.
  const days = a[3] && b[3] ? (Number(b[3]) - Number(a[3])) / DAYS_PER_MONTH : 0;
  return Math.round(months + days);
}
