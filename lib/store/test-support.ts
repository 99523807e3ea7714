// Builders for tests and the benchmark (not used by the extension).

import type { Evidence, Investor, Money, Round, Stage, Valuation } from '../model';
import type { ArticleMeta } from './types';
import { openStore } from './open';
import type { DealmarkDB } from './schema';

let counter = 0;

/** A database no other test shares. */
export async function freshDb(): Promise<DealmarkDB> {
  counter++;
  return openStore({ name: `dealmark-test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}` });
}

export function usd(value: number, qualifier: Money['qualifier'] = 'exact'): Money {
  return { value, currency: 'USD', qualifier };
}

export function valuation(value: number, basis: Valuation['basis'] = 'unspecified', currency = 'USD'): Valuation {
  return { value, currency, qualifier: 'exact', basis };
}

export function evidence(kind: Evidence['kind'], text: string): Evidence {
  return { kind, text, paragraph: 0, start: 0, end: text.length, prefix: '', suffix: '', quote: `… ${text} …`, confidence: 0.9 };
}

export function round(partial: Partial<Round> & { company: string | null }): Round {
  return {
    primary: true,
    stage: null,
    amount: null,
    valuation: null,
    investors: [],
    date: null,
    confidence: 0.8,
    evidence: [],
    ...partial,
  };
}

export function lead(name: string): Investor {
  return { name, role: 'lead' };
}
export function participant(name: string): Investor {
  return { name, role: 'participant' };
}

export function article(url: string, published: string | null = null, title = `Title of ${url}`): ArticleMeta {
  return { url, title, site: new URL(url).hostname, published };
}

export type { Stage };
