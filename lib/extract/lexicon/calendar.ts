// Month and weekday names as funding news writes them, and the words that place a date relative to the
// article's own ("last July", "earlier this month").

/** Months in order; `written` is every spelling accepted ("Sept", "Sep.", "September"), a dot allowed after. */
export const MONTHS: readonly { name: string; written: string }[] = [
  { name: 'january', written: 'Jan(?:uary)?' }, { name: 'february', written: 'Feb(?:ruary)?' },
  { name: 'march', written: 'Mar(?:ch)?' }, { name: 'april', written: 'Apr(?:il)?' },
  { name: 'may', written: 'May' }, { name: 'june', written: 'June?' },
  { name: 'july', written: 'July?' }, { name: 'august', written: 'Aug(?:ust)?' },
  { name: 'september', written: 'Sept?(?:ember)?' }, { name: 'october', written: 'Oct(?:ober)?' },
  { name: 'november', written: 'Nov(?:ember)?' }, { name: 'december', written: 'Dec(?:ember)?' },
];

/** Weekdays in the order of Date.getUTCDay (Sunday is 0). */
export const WEEKDAYS: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Before a month without a day: "in May", "since March", "earlier in June" (a month not yet come is last year's). */
export const BEFORE_MONTH: readonly string[] = ['in', 'since', 'during', 'back in', 'earlier in'];
/** Before a year: "in 2017", "back in 2019", "early 2019", "mid-2018". */
export const BEFORE_YEAR: readonly string[] = ['in', 'since', 'during', 'back in', 'early', 'late', 'mid-?'];
