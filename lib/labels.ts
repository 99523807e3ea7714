// The words people read for stages, fact kinds and dates — one source for the popup, the hover card and
// the CLI summary, so a Series B is called the same thing everywhere.
import { STAGES, type FactKind, type Stage } from './model';

const STAGE_LABELS: Partial<Record<Stage, string>> = {
  pre_seed: 'Pre-seed', seed: 'Seed', angel: 'Angel', bridge: 'Bridge', growth: 'Growth', strategic: 'Strategic',
  debt: 'Debt', convertible_note: 'Convertible note', grant: 'Grant', crowdfunding: 'Crowdfunding',
  pre_ipo: 'Pre-IPO', ipo: 'IPO', secondary: 'Secondary', undisclosed: 'Undisclosed round',
};

/** "Series B", "Seed", "Pre-IPO"; "Round" when the stage is unknown. */
export function stageLabel(stage: Stage | null | undefined): string {
  if (!stage) return 'Round';
  if (stage.startsWith('series_')) return `Series ${stage.slice(7).toUpperCase()}`;
  return STAGE_LABELS[stage] ?? stage;
}

export const STAGE_OPTIONS: { value: Stage; label: string }[] = STAGES.map((s) => ({ value: s, label: stageLabel(s) }));

export const FACT_LABELS: Record<FactKind, string> = {
  amount: 'Amount',
  valuation: 'Valuation',
  stage: 'Stage',
  company: 'Company',
  lead: 'Lead investor',
  investor: 'Investor',
  date: 'Date',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024", "Mar 2024", "12 Mar 2024"; "date unknown". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return 'date unknown';
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "Jul 2017" (or "2017"); '' when unknown — the hover card's compact form. */
export function monthYear(date: string | null | undefined): string {
  if (!date) return '';
  const [y, mo] = date.split('-');
  return mo ? `${MONTHS[Number(mo) - 1] ?? ''} ${y}`.trim() : (y ?? '');
}
