import { describe, expect, it } from 'vitest';
import type { FactKind, Round } from '../model';
import { describeFact } from './describe';
import { HIGHLIGHT_CSS, HIGHLIGHT_NAMES, registerHighlights, type HighlightEnv } from './index';

class FakeRegistry extends Map<string, unknown> {}
const fakeEnv = (reg = new FakeRegistry()): HighlightEnv & { reg: FakeRegistry } => ({
  reg,
  registry: reg,
  make: (ranges) => ({ ranges, priority: 0 }),
});
const range = (id: string) => ({ id }) as unknown as AbstractRange;
const fact = (kind: FactKind, primary: boolean, id: string) => ({ evidence: { kind }, primary, range: range(id) });

describe('highlight registration', () => {
  it('registers one highlight per kind under the agreed names; mentioned rounds share one; dates are not painted', () => {
    const env = fakeEnv();
    const h = registerHighlights([
      fact('amount', true, 'a1'), fact('amount', true, 'a2'), fact('lead', true, 'l'), fact('investor', true, 'i'),
      fact('valuation', true, 'v'), fact('stage', true, 's'), fact('company', true, 'c'), fact('amount', false, 'm'),
      fact('date', true, 'd'),
    ], env);
    expect([...env.reg.keys()].sort()).toEqual([...HIGHLIGHT_NAMES].sort());
    expect((env.reg.get('dealmark-amount') as { ranges: { id: string }[] }).ranges.map((r) => r.id)).toEqual(['a1', 'a2']);
    expect((env.reg.get('dealmark-mentioned') as { ranges: { id: string }[] }).ranges.map((r) => r.id)).toEqual(['m']);
    // amounts paint over the company name they may sit inside
    expect((env.reg.get('dealmark-amount') as { priority: number }).priority).toBeGreaterThan((env.reg.get('dealmark-company') as { priority: number }).priority);
    h.remove();
    expect(env.reg.size).toBe(0);
  });

  it('removes only what it added, and leaves the page\'s own highlights alone', () => {
    const env = fakeEnv();
    env.reg.set('page-search', { mine: false });
    const h = registerHighlights([fact('amount', true, 'a')], env);
    env.reg.set('dealmark-amount', { replacedByAnotherRun: true });
    h.remove();
    expect([...env.reg.keys()].sort()).toEqual(['dealmark-amount', 'page-search']);
  });

  it('does nothing, and throws nothing, where the API is missing', () => {
    expect(registerHighlights([fact('amount', true, 'a')], null).names).toEqual([]);
    const broken: HighlightEnv = { registry: { set: () => { throw new Error('no'); }, get: () => undefined, delete: () => false }, make: () => ({}) };
    expect(() => registerHighlights([fact('amount', true, 'a')], broken)).not.toThrow();
  });

  it('tells kinds apart by more than colour: each has its own underline style', () => {
    const styles = HIGHLIGHT_NAMES.map((n) => new RegExp(`::highlight\\(${n}\\) \\{[^}]*underline (\\w+)`).exec(HIGHLIGHT_CSS)?.[1] + ':' + /(\d)px;/.exec(HIGHLIGHT_CSS.split(`::highlight(${n})`)[1]!)?.[1]);
    expect(new Set(styles).size).toBe(HIGHLIGHT_NAMES.length);
  });
});

describe('what the card says', () => {
  const round: Round = {
    primary: true, company: 'SenseTime', stage: 'series_c',
    amount: { value: 600_000_000, currency: 'USD', qualifier: 'exact' },
    valuation: { value: 3_000_000_000, currency: 'USD', qualifier: 'more_than', basis: 'unspecified' },
    investors: [{ name: 'Alibaba Group', role: 'lead' }], date: '2018-04-09', confidence: 0.9, evidence: [],
  };
  const earlier: Round = { ...round, stage: 'series_b', amount: { value: 410_000_000, currency: 'USD', qualifier: 'exact' }, valuation: null, date: '2017-07-11' };

  it('gives the normalized value, the role and the step-up from earlier rounds', () => {
    const amount = describeFact({ kind: 'amount', text: '$600m' }, round, { SenseTime: [earlier] });
    expect(amount.value).toBe('USD 600,000,000 · more than $3bn valuation');
    expect(amount.history).toEqual(['Series B $410m, Jul 2017 → round size ×1.46 in 9 months']);
    const lead = describeFact({ kind: 'lead', text: 'Alibaba Group' }, round, {});
    expect(lead.role).toBe('lead investor of SenseTime’s Series C');
    const mentioned = describeFact({ kind: 'amount', text: '$410m' }, { ...earlier, primary: false }, { SenseTime: [earlier] });
    expect(mentioned.role.startsWith('mentioned:')).toBe(true);
    expect(mentioned.history).toEqual([]);
  });
});
