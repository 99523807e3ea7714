// Input checks for data that crosses a trust boundary (content-script messages, backup files). Each returns
// a reason a person can read, or null when the value is fine.

import { STAGES, type Evidence, type Investor, type Money, type Round, type Valuation } from '../model';
import { isPartialDate } from './dates';
import { nameKey } from './normalize';
import type { ArticleMeta, Correction } from './types';

const QUALIFIERS = new Set(['exact', 'about', 'more_than', 'up_to']);
const BASES = new Set(['pre', 'post', 'unspecified']);
const KINDS = new Set(['amount', 'valuation', 'stage', 'company', 'lead', 'investor', 'date']);
const STAGE_SET = new Set<string>(STAGES);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';

export function moneyProblem(v: unknown, what: string): string | null {
  if (v === null) return null;
  if (!isObject(v)) return `${what} is not an object`;
  if (typeof v.value !== 'number' || !Number.isFinite(v.value)) return `${what} has no numeric value`;
  if (typeof v.currency !== 'string' || !/^[A-Z]{3}$/.test(v.currency)) return `${what} has no ISO currency`;
  if (typeof v.qualifier !== 'string' || !QUALIFIERS.has(v.qualifier)) return `${what} has an unknown qualifier`;
  return null;
}

export function valuationProblem(v: unknown): string | null {
  const p = moneyProblem(v, 'valuation');
  if (p || v === null) return p;
  return isObject(v) && typeof v.basis === 'string' && BASES.has(v.basis) ? null : 'valuation has an unknown basis';
}

export function investorsProblem(v: unknown): string | null {
  if (!Array.isArray(v)) return 'investors is not a list';
  for (const inv of v) {
    if (!isObject(inv) || typeof inv.name !== 'string' || (inv.role !== 'lead' && inv.role !== 'participant')) {
      return 'an investor has no name or role';
    }
  }
  return null;
}

export function dateProblem(v: unknown, what = 'date'): string | null {
  if (v === null) return null;
  return typeof v === 'string' && isPartialDate(v) ? null : `${what} is not YYYY, YYYY-MM or YYYY-MM-DD`;
}

export function stageProblem(v: unknown): string | null {
  return v === null || (typeof v === 'string' && STAGE_SET.has(v)) ? null : 'unknown stage';
}

export function evidenceProblem(v: unknown): string | null {
  if (!Array.isArray(v)) return 'evidence is not a list';
  for (const e of v) {
    if (!isObject(e) || typeof e.kind !== 'string' || !KINDS.has(e.kind)) return 'evidence has an unknown kind';
    for (const k of ['text', 'prefix', 'suffix', 'quote'] as const) if (typeof e[k] !== 'string') return `evidence ${k} is not text`;
    for (const k of ['paragraph', 'start', 'end', 'confidence'] as const) if (typeof e[k] !== 'number') return `evidence ${k} is not a number`;
  }
  return null;
}

export function articleProblem(v: unknown): string | null {
  if (!isObject(v)) return 'article is not an object';
  if (typeof v.url !== 'string' || v.url.trim() === '') return 'article has no URL';
  if (typeof v.title !== 'string') return 'article has no title';
  if (!isNullableString(v.site)) return 'article site is not text';
  return dateProblem(v.published ?? null, 'published date');
}

export function roundProblem(v: unknown): string | null {
  if (!isObject(v)) return 'round is not an object';
  if (!isNullableString(v.company)) return 'company is not text';
  if (typeof v.primary !== 'boolean') return 'primary is not true/false';
  return (
    stageProblem(v.stage ?? null) ??
    moneyProblem(v.amount ?? null, 'amount') ??
    valuationProblem(v.valuation ?? null) ??
    investorsProblem(v.investors ?? []) ??
    dateProblem(v.date ?? null) ??
    evidenceProblem(v.evidence ?? [])
  );
}

export type { ArticleMeta, Evidence, Investor, Money, Round, Valuation };

/** Why a correction cannot be applied, or null; the store and the backup importer share the rule. */
export function correctionProblem(c: Correction): string | null {
  switch (c.field) {
    case 'company':
      return typeof c.value === 'string' && nameKey(c.value) ? null : 'a company needs a name';
    case 'stage':
      return stageProblem(c.value);
    case 'amount':
      return moneyProblem(c.value, 'amount');
    case 'valuation':
      return valuationProblem(c.value);
    case 'date':
      return dateProblem(c.value);
    case 'investors':
      return investorsProblem(c.value);
    default:
      return 'unknown field';
  }
}
