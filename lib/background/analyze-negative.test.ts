// The history side's rule for pages the extractor judges not to be funding news, whatever rounds it returns.
import { describe, expect, it, vi } from 'vitest';
import type { Article, Round } from '@/lib/model';
import { analyzePage, type History } from './analyze';

const ipo: Round = {
  primary: true, company: 'Kestrel Grid', stage: 'ipo', amount: { value: 740e6, currency: 'USD', qualifier: 'exact' }, valuation: null,
  investors: [], date: '2025-05-02', confidence: 0.7, evidence: [],
};
vi.mock('@/lib/extract', () => ({ extract: () => ({ rounds: [ipo], notFunding: 'ipo pricing' }) }));

describe('a page judged not to be funding news', () => {
  it('keeps its figures as mentions: nothing reported is shown or saved', async () => {
    const saved: Round[][] = [];
    const history: History = {
      async save(_a: Article, rounds: Round[]) {
        saved.push(rounds);
        return [];
      },
      async earlierRounds() {
        return [];
      },
    };
    const html = `<html><body><article><h1>Kestrel Grid prices its IPO</h1>${'<p>Kestrel Grid priced its shares on Friday and raised $740 million in its listing on the exchange.</p>'.repeat(4)}</article></body></html>`;
    const result = await analyzePage({ html, url: 'http://x/ipo' }, history);
    expect(result.status).toBe('no-funding');
    expect(result.rounds.map((r) => r.primary)).toEqual([false]);
    expect(saved[0]?.map((r) => r.primary)).toEqual([false]);
  });
});
