// Words the popup and options page show. Everything here returns plain strings: Preact renders them as text,
// never as HTML, so a company called "<img onerror=…>" is shown as exactly those characters.
import { formatDate } from '../lib/labels';

/** Only http(s) links become clickable: an article URL from a page could be `javascript:`. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function siteOf(url: string | null | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** An error as a sentence for a person (store errors already are). */
export function errorText(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/^Dealmark: /, '') || 'Something went wrong.';
}

/** "reported by 2 articles", "reported by 1 article, mentioned in 1 more", "mentioned in 2 articles, reported by none". */
export function reportText(counts: { reportedIn: number; mentionedIn: number }): string {
  if (counts.reportedIn === 0) return `mentioned in ${plural(counts.mentionedIn, 'article')}, reported by none`;
  const reported = `reported by ${plural(counts.reportedIn, 'article')}`;
  return counts.mentionedIn ? `${reported}, mentioned in ${counts.mentionedIn.toLocaleString('en')} more` : reported;
}

/** A round's date as the popup shows it: "12 Apr 2024", or "seen 3 Mar 2025" when only the reading day is known. */
export function roundDateText(round: { date: string | null; dateSeen?: boolean }): string {
  return round.dateSeen && round.date ? `seen ${formatDate(round.date)}` : formatDate(round.date);
}
