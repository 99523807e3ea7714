// The two CSV files' columns, from stored records to cells. Pure.
//
// rounds.csv — one row per round:
//   Company · Investment Type (Crunchbase label: "Series C", "Seed", "Debt Financing"…) · Announced Date
//   (YYYY[-MM[-DD]]) · Money Raised (number, whole units) · Money Raised Currency (ISO 4217) · Money Raised
//   Qualifier (exact | about | more_than | up_to) · Valuation (number) · Valuation Currency · Valuation Basis
//   (pre-money | post-money | unspecified) · Valuation Qualifier · Lead Investors ("; "-separated) · Other
//   Investors ("; "-separated) · Number of Sources · Source URLs (space-separated) · First Seen (ISO time) ·
//   Reported (reported | mentioned only: whether any article reports the round as news, or articles only
//   mention it in passing)
// facts.csv — one row per fact read in an article:
//   Kind (amount | valuation | stage | company | lead investor | investor | date) · Normalized Value
//   ("600000000 USD", "> 3000000000 USD post-money", "Series C", a name, a date) · Exact Text · Quote ·
//   Article URL · Article Title · Site · Published Date · Company

import type { Evidence, FactKind, Money, Stage, Valuation } from '../model';
import { nameKey } from '../names';
import { reportCounts } from '../store/reported';
import type { ArticleRecord, SourceRecord, StoredRound } from '../store/types';
import type { CsvCell } from './csv';

export const LIST_SEPARATOR = '; ';
export const URL_SEPARATOR = ' ';

export const ROUNDS_HEADER = [
  'Company', 'Investment Type', 'Announced Date', 'Money Raised', 'Money Raised Currency', 'Money Raised Qualifier',
  'Valuation', 'Valuation Currency', 'Valuation Basis', 'Valuation Qualifier', 'Lead Investors', 'Other Investors',
  'Number of Sources', 'Source URLs', 'First Seen', 'Reported',
] as const;

export const FACTS_HEADER = [
  'Kind', 'Normalized Value', 'Exact Text', 'Quote', 'Article URL', 'Article Title', 'Site', 'Published Date', 'Company',
] as const;

const INVESTMENT_TYPES: Record<Stage, string> = {
  pre_seed: 'Pre-Seed', seed: 'Seed', angel: 'Angel',
  series_a: 'Series A', series_b: 'Series B', series_c: 'Series C', series_d: 'Series D', series_e: 'Series E',
  series_f: 'Series F', series_g: 'Series G', series_h: 'Series H', series_i: 'Series I', series_j: 'Series J',
  bridge: 'Bridge Round', growth: 'Private Equity Round', strategic: 'Corporate Round', debt: 'Debt Financing',
  convertible_note: 'Convertible Note', grant: 'Grant', crowdfunding: 'Equity Crowdfunding', pre_ipo: 'Pre-IPO',
  ipo: 'Initial Public Offering', secondary: 'Secondary Market', undisclosed: 'Venture - Series Unknown',
};

export function investmentType(stage: Stage | null): string {
  return stage ? INVESTMENT_TYPES[stage] : '';
}

export function stageFromInvestmentType(label: string): Stage | null {
  const found = (Object.entries(INVESTMENT_TYPES) as [Stage, string][]).find(([, l]) => l === label);
  return found ? found[0] : null;
}

const BASIS_LABEL: Record<Valuation['basis'], string> = { pre: 'pre-money', post: 'post-money', unspecified: 'unspecified' };

export function basisLabel(basis: Valuation['basis']): string {
  return BASIS_LABEL[basis];
}

/** `articleUrls` overrides the round's own list (for rounds stored without one). */
export function roundRow(round: StoredRound, articleUrls: readonly string[] = round.articleUrls ?? []): CsvCell[] {
  const leads = round.investors.filter((i) => i.role === 'lead').map((i) => i.name);
  const others = round.investors.filter((i) => i.role !== 'lead').map((i) => i.name);
  return [
    round.company,
    investmentType(round.stage),
    round.date ?? '',
    round.amount?.value ?? null,
    round.amount?.currency ?? '',
    round.amount?.qualifier ?? '',
    round.valuation?.value ?? null,
    round.valuation?.currency ?? '',
    round.valuation ? basisLabel(round.valuation.basis) : '',
    round.valuation?.qualifier ?? '',
    leads.join(LIST_SEPARATOR),
    others.join(LIST_SEPARATOR),
    round.sourceCount,
    articleUrls.join(URL_SEPARATOR),
    round.firstSeen,
    reportCounts(round).reportedIn > 0 ? 'reported' : 'mentioned only',
  ];
}

const KIND_LABEL: Record<FactKind, string> = {
  amount: 'amount', valuation: 'valuation', stage: 'stage', company: 'company', lead: 'lead investor',
  investor: 'investor', date: 'date',
};

const QUALIFIER_SIGN: Record<Money['qualifier'], string> = { exact: '', about: '~ ', more_than: '> ', up_to: '<= ' };

export function normalizedMoney(money: Money | null): string {
  return money ? `${QUALIFIER_SIGN[money.qualifier]}${money.value} ${money.currency}` : '';
}

export function normalizedValue(e: Evidence, source: SourceRecord): string {
  const f = source.facts;
  switch (e.kind) {
    case 'amount':
      return normalizedMoney(f.amount);
    case 'valuation':
      return f.valuation ? `${normalizedMoney(f.valuation)} ${BASIS_LABEL[f.valuation.basis]}` : '';
    case 'stage':
      return investmentType(f.stage);
    case 'company':
      return f.company;
    case 'lead':
    case 'investor': {
      const key = nameKey(e.text);
      return f.investors.find((i) => nameKey(i.name) === key)?.name ?? e.text;
    }
    case 'date':
      return f.date ?? '';
  }
}

export function factRow(e: Evidence, source: SourceRecord, article: ArticleRecord | undefined): CsvCell[] {
  return [
    KIND_LABEL[e.kind],
    normalizedValue(e, source),
    e.text,
    e.quote,
    source.articleUrl,
    article?.title ?? '',
    article?.site ?? '',
    article?.published ?? '',
    source.facts.company,
  ];
}
