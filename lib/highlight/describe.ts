// What the hover card says about one fact: the normalized value, its role in the round, and the company's
// earlier rounds with the step-up. Pure: rounds in, strings out (the card renders them as text only).
import { amountStepUp, formatMoney, formatRatio, monthsBetween, formatMonths } from '../compare';
import { FACT_LABELS, monthYear, stageLabel } from '../labels';
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
  /** "Series B $410m, Jul 2017 → round size ×1.46 in 9 months", oldest first. */
  history: string[];
  primary: boolean;
}


const QUALIFIER_WORD: Record<Qualifier, string> = { exact: '', about: 'about ', more_than: 'more than ', up_to: 'up to ' };

/** The stage as a sentence names it: "Series C", "seed round", "convertible note". */
export function stagePhrase(stage: Stage | null): string {
  if (!stage || stage === 'undisclosed') return 'round';
  const label = stageLabel(stage);
  if (stage.startsWith('series_') || stage === 'ipo' || stage === 'pre_ipo') return stage === 'pre_ipo' ? 'pre-IPO round' : label;
  const words = label.toLowerCase();
  return /note|grant|debt/.test(words) ? (stage === 'debt' ? 'debt financing' : words) : `${words} round`;
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


function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

export function historyLines(current: Round, earlier: readonly Round[]): string[] {
  return earlier.map((r) => {
    let line = stagePhrase(r.stage).replace(/ round$/, '');
    line = line.charAt(0).toUpperCase() + line.slice(1);
    if (r.amount) line += ` ${formatMoney(r.amount)}`;
    const when = monthYear(r.date);
    if (when) line += `, ${when}`;
    const step = amountStepUp(r, current);
    if (step.ok) {
      // the amount ratio is the round size, not the step-up (that is the valuation multiple)
      line += ` → round size ${formatRatio(step)}`;
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
  const roundName = `${company ? possessive(company) + ' ' : ''}${stagePhrase(round.stage)}`;
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
      value = stagePhrase(round.stage);
      if (round.amount) value += ` · ${compactWithWords(round.amount)}`;
      role = company ? `round raised by ${company}` : 'stage of the round';
      break;
    case 'company':
      value = company ?? fact.text;
      role = `raising ${stagePhrase(round.stage)}${round.amount ? ` of ${compactWithWords(round.amount)}` : ''}`;
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
  return { label: FACT_LABELS[fact.kind], text: fact.text, value, role, history: historyLines(round, earlier), primary: round.primary };
}
