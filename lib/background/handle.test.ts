// The analyze request: the reply comes before the store write, except on an article the user corrected,
// whose reply must carry the corrected rounds (the save puts them in place).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalyzeResult } from '@/lib/messages';
import type { Article, Round } from '@/lib/model';
import { handleRequest, useHistory } from './handle';
import type { History } from './analyze';

const html = readFileSync(join(import.meta.dirname, '../../tests/fixtures/sample-article.html'), 'utf8');
const page = { html, url: 'http://127.0.0.1:9/sample-article.html' };

/** A history whose save renames the company, as a stored correction would. */
function correctingHistory(edited: boolean): History & { saves: number } {
  const h = {
    saves: 0,
    async save(_a: Article, rounds: Round[]) {
      h.saves++;
      for (const [i, r] of rounds.entries()) if (r.primary) rounds[i] = { ...r, company: 'Tidewater Robotics Inc.' };
      return [];
    },
    async earlierRounds() { return []; },
    async userEdited() { return edited; },
  };
  return h;
}

afterEach(() => useHistory(null));

describe('the analyze reply', () => {
  it('carries the corrected rounds of an article the user corrected', async () => {
    const history = correctingHistory(true);
    useHistory(history);
    const reply = (await handleRequest({ type: 'analyze', page }, 7)) as AnalyzeResult;
    expect(history.saves).toBe(1);
    expect(reply.rounds.filter((r) => r.primary).map((r) => r.company)).toEqual(['Tidewater Robotics Inc.']);
  });

  it('does not wait for the save on an article nobody corrected', async () => {
    const history = correctingHistory(false);
    useHistory(history);
    const reply = (await handleRequest({ type: 'analyze', page }, 8)) as AnalyzeResult;
    expect(reply.rounds.filter((r) => r.primary).map((r) => r.company)).toEqual(['Tidewater Robotics']);
  });
});
