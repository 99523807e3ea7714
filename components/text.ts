// Words the popup and options page show. Everything here returns plain strings: Preact renders them as text,
// never as HTML, so a company called "<img onerror=…>" is shown as exactly those characters.
import type { FactKind, Stage } from '../lib/model';
import { STAGES } from '../lib/model';

const STAGE_LABELS: Partial<Record<Stage, string>> = {
  pre_seed: 'Pre-seed', seed: 'Seed', angel: 'Angel', bridge: 'Bridge', growth: 'Growth', strategic: 'Strategic',
  debt: 'Debt', convertible_note: 'Convertible note', grant: 'Grant', crowdfunding: 'Crowdfunding',
  pre_ipo: 'Pre-IPO', ipo: 'IPO', secondary: 'Secondary', undisclosed: 'Undisclosed round',
};

export function stageLabel(stage: Stage | null | undefined): string {
  if (!stage) return 'Round';
  if (stage.startsWith('series_')) return `Series ${stage.slice(7).toUpperCase()}`;
  return STAGE_LABELS[stage] ?? stage;
}

export const STAGE_OPTIONS: { value: Stage; label: string }[] = STAGES.map((s) => ({ value: s, label: stageLabel(s) }));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024", "Mar 2024", "12 Mar 2024"; "date unknown". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return 'date unknown';
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export const FACT_LABELS: Record<FactKind, string> = {
  amount: 'Amount',
  valuation: 'Valuation',
  stage: 'Stage',
  company: 'Company',
  lead: 'Lead investor',
  investor: 'Investor',
  date: 'Date',
};

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
