// What the hover card says about one fact: the normalized value, its role in the round, and the company's
// earlier rounds with the step-up. Pure: rounds in, strings out (the card renders them as text only).
import { amountStepUp, formatMoney, formatRatio, monthsBetween, formatMonths } from '../compare';
import type { FactKind, Money, Qualifier, Round, Stage } from '../model';

export interface FactDescription {
  /** "Amount", "Lead investor"… */
  label: string;
  /** The words as the page writes them. */
  text: string;
  /** "USD 600,000,000 · more than $3bn valuation" */
  value: string;
  /** "lead investor of SenseTime's Series C" */
  role: string;
  /** "Series B $410m, Jul 2017 → ×1.46 in 9 months", oldest first. */
  history: string[];
  primary: boolean;
}

const LABELS: Record<FactKind, string> = {
  amount: 'Amount', valuation: 'Valuation', stage: 'Stage', company: 'Company', lead: 'Lead investor', investor: 'Investor', date: 'Date',
};

const QUALIFIER_WORD: Record<Qualifier, string> = { exact: '', about: 'about ', more_than: 'more than ', up_to: 'up to ' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function stageLabel(stage: Stage | null): string {
  if (!stage) return 'round';
  const m = /^series_([a-j])$/.exec(stage);
  if (m) return `Series ${m[1]!.toUpperCase()}`;
  const words: Partial<Record<Stage, string>> = {
    pre_seed: 'pre-seed round', seed: 'seed round', angel: 'angel round', bridge: 'bridge round', growth: 'growth round',
    strategic: 'strategic round', debt: 'debt financing', convertible_note: 'convertible note', grant: 'grant',
    crowdfunding: 'crowdfunding round', pre_ipo: 'pre-IPO round', ipo: 'IPO', secondary: 'secondary sale', undisclosed: 'round',
  };
  return words[stage] ?? 'round';
}

/** "USD 600,000,000", "more than USD 3,000,000,000". */
export function fullMoney(m: Money): string {
  const n = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(m.value);
  const alt = m.alt ? ` (${m.alt.currency} ${new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(m.alt.value)})` : '';
  return `${QUALIFIER_WORD[m.qualifier]}${m.currency} ${n}${alt}`;
}

function compactWithWords(m: Money): string {
  return QUALIFIER_WORD[m.qualifier] + formatMoney({ value: m.value, currency: m.currency });
}

export function monthYear(date: string | null): string {
  if (!date) return '';
  const [y, mo] = date.split('-');
  return mo ? `${MONTHS[Number(mo) - 1] ?? ''} ${y}`.trim() : (y ?? '');
}

function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

export function historyLines(current: Round, earlier: readonly Round[]): string[] {
  return earlier.map((r) => {
    let line = stageLabel(r.stage).replace(/ round$/, '');
    line = line.charAt(0).toUpperCase() + line.slice(1);
    if (r.amount) line += ` ${formatMoney(r.amount)}`;
    const when = monthYear(r.date);
    if (when) line += `, ${when}`;
    const step = amountStepUp(r, current);
    if (step.ok) {
      line += ` → ${formatRatio(step)}`;
      const months = monthsBetween(r.date, current.date);
      if (months !== null) line += ` in ${formatMonths(months)}`;
    }
    return line;
  });
}

export function describeFact(
  fact: { kind: FactKind; text: string },
  round: Round,
  history: Record<string, Round[]>,
): FactDescription {
  const company = round.company;
  const roundName = `${company ? possessive(company) + ' ' : ''}${stageLabel(round.stage)}`;
  let value = '';
  let role = '';
  switch (fact.kind) {
    case 'amount':
      value = round.amount ? fullMoney(round.amount) : fact.text;
      if (round.valuation) value += ` · ${compactWithWords(round.valuation)} valuation`;
      role = `raised in ${roundName}`;
      break;
    case 'valuation':
      value = round.valuation ? `${fullMoney(round.valuation)} valuation${round.valuation.basis === 'unspecified' ? '' : ` (${round.valuation.basis}-money)`}` : fact.text;
      role = `valuation at ${roundName}`;
      break;
    case 'stage':
      value = stageLabel(round.stage);
      if (round.amount) value += ` · ${compactWithWords(round.amount)}`;
      role = company ? `round raised by ${company}` : 'stage of the round';
      break;
    case 'company':
      value = company ?? fact.text;
      role = `raising ${stageLabel(round.stage)}${round.amount ? ` of ${compactWithWords(round.amount)}` : ''}`;
      break;
    case 'lead':
      value = fact.text;
      role = `lead investor of ${roundName}`;
      break;
    case 'investor':
      value = fact.text;
      role = `investor in ${roundName}`;
      break;
    case 'date':
      value = round.date ?? fact.text;
      role = `date of ${roundName}`;
      break;
  }
  if (!round.primary) role = `mentioned: ${role}`;
  const earlier = round.primary && company ? history[company] ?? [] : [];
  return { label: LABELS[fact.kind], text: fact.text, value, role, history: historyLines(round, earlier), primary: round.primary };
}
