import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Round } from '@/lib/model';
import { analyzePage, type History } from './analyze';

const sample = readFileSync(join(import.meta.dirname, '../../tests/fixtures/sample-article.html'), 'utf8');
const page = { html: sample, url: 'http://127.0.0.1:9/sample-article.html' };

function memoryHistory(opts: { failSave?: boolean } = {}): History & { saved: { url: string | null; rounds: Round[] }[] } {
  const saved: { url: string | null; rounds: Round[] }[] = [];
  return {
    saved,
    async save(article: Article, rounds: Round[]) {
      if (opts.failSave) throw new Error('Your disk is full: Dealmark could not save this page.');
      saved.push({ url: article.url, rounds });
      return [];
    },
    async earlierRounds(company: string) {
      return company === 'Tidewater Robotics'
        ? [{ primary: true, company, stage: 'series_a', amount: { value: 17e6, currency: 'USD', qualifier: 'exact' }, valuation: null, investors: [], date: '2023-06', confidence: 1, evidence: [] }]
        : [];
    },
  };
}

describe('analyzePage', () => {
  it('reads the rounds of a funding story, saves them under the canonical URL and returns the history', async () => {
    const history = memoryHistory();
    const result = await analyzePage(page, history);
    expect(result.status).toBe('found');
    const primary = result.rounds.filter((r) => r.primary);
    expect(primary).toHaveLength(1);
    expect(primary[0]).toMatchObject({ company: 'Tidewater Robotics', stage: 'series_b', amount: { value: 48e6, currency: 'USD' } });
    expect(history.saved[0]?.url).toBe('https://ledger-daily.example/2025/03/12/tidewater-robotics-series-b');
    expect(result.history['Tidewater Robotics']?.[0]?.stage).toBe('series_a');
  });

  it('still shows the rounds when saving fails, and says why', async () => {
    const result = await analyzePage(page, memoryHistory({ failSave: true }));
    expect(result.status).toBe('found');
    expect(result.saveError).toMatch(/disk is full/);
  });

  it('says a page without an article body is not an article', async () => {
    const result = await analyzePage({ html: '<html><body><nav><a href="/">Home</a></nav></body></html>', url: 'http://x/' }, memoryHistory());
    expect(result).toMatchObject({ status: 'not-article', rounds: [] });
  });

  it('finds no funding in an article about something else, and saves nothing', async () => {
    const html = `<html><body><article><h1>Rain returns to the valley</h1>${'<p>The river rose by a metre overnight and the ferry stopped running until the water settles again next week.</p>'.repeat(6)}</article></body></html>`;
    const history = memoryHistory();
    const result = await analyzePage({ html, url: 'http://x/rain' }, history);
    expect(result.status).toBe('no-funding');
    expect(history.saved).toHaveLength(0);
  });
});
