import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { checkSender, MessageError, parseRequest } from '../messages';
import { companyHistory, counts, getRound, saveArticle } from '../store';
import { article, evidence, freshDb, lead, round, usd } from '../store/test-support';
import { handlePageRequest } from './pages';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN}/`;

describe('page requests: validation and sender', () => {
  it.each([
    [{ type: 'correct-round', roundId: 0, correction: { field: 'stage', value: 'seed' } }, /positive integer roundId/],
    [{ type: 'correct-round', roundId: 1, correction: { field: 'secret', value: 1 } }, /known field/],
    [{ type: 'correct-round', roundId: 1, correction: { field: 'stage', value: 'series_z' } }, /unknown stage/],
    [{ type: 'correct-round', roundId: 1, correction: { field: 'amount', value: { value: 'x', currency: 'USD', qualifier: 'exact' } } }, /numeric/],
    [{ type: 'correct-round', roundId: 1, correction: { field: 'company', value: '   ' } }, /needs a name/],
    [{ type: 'delete-source', sourceId: '3' }, /sourceId/],
    [{ type: 'split-company', companyId: 2, names: [] }, /list of names/],
    [{ type: 'import-backup', text: 7 }, /file text/],
  ])('refuses %j', (raw, reason) => {
    expect(() => parseRequest(raw)).toThrow(reason);
  });

  it('keeps only known fields of a correction', () => {
    expect(parseRequest({ type: 'correct-round', roundId: 3, correction: { field: 'stage', value: 'seed', x: 1 }, y: 2 })).toEqual({
      type: 'correct-round',
      roundId: 3,
      correction: { field: 'stage', value: 'seed' },
    });
  });

  it('refuses writes from content scripts, allows extension pages', () => {
    const req = parseRequest({ type: 'delete-everything' });
    expect(() => checkSender(req, { id: OWN, tabId: 4, url: 'https://evil.example/' }, OWN, ORIGIN)).toThrow(MessageError);
    expect(() => checkSender(req, { id: OWN, url: `${ORIGIN}popup.html` }, OWN, ORIGIN)).not.toThrow();
    // The popup opened in a tab (popup.html?tab=ID) has a tab but is still an extension page.
    expect(() => checkSender(req, { id: OWN, tabId: 9, url: `${ORIGIN}popup.html?tab=3` }, OWN, ORIGIN)).not.toThrow();
  });
});

describe('handlePageRequest', () => {
  it('corrects, deletes a source, deletes a round and everything', async () => {
    const db = await freshDb();
    const a = article('https://news.example/a', '2024-03-01');
    const saved = await saveArticle(db, a, [
      round({ company: 'Orbital Kelp', stage: 'series_a', amount: usd(10e6), date: '2024-03', investors: [lead('Tidewater')], evidence: [evidence('amount', '$10m')] }),
    ]);
    const id = saved.roundIds[0]!;
    await handlePageRequest({ type: 'correct-round', roundId: id, correction: { field: 'amount', value: usd(12e6) } }, db);
    expect((await getRound(db, id))!.round.amount!.value).toBe(12e6);
    // The correction survives the page being saved again.
    await saveArticle(db, a, [round({ company: 'Orbital Kelp', stage: 'series_a', amount: usd(10e6), date: '2024-03' })]);
    expect((await companyHistory(db, 'Orbital Kelp'))[0]!.amount!.value).toBe(12e6);
    const detail = await getRound(db, id);
    await handlePageRequest({ type: 'delete-source', sourceId: detail!.sources[0]!.id }, db);
    expect(await getRound(db, id)).toBeUndefined();
    await saveArticle(db, a, [round({ company: 'Orbital Kelp', stage: 'series_b', amount: usd(30e6), date: '2025-03' })]);
    await handlePageRequest({ type: 'delete-everything' }, db);
    expect((await counts(db)).rounds).toBe(0);
  });

  it('a garbage backup changes nothing and says why', async () => {
    const db = await freshDb();
    await expect(handlePageRequest({ type: 'import-backup', text: '{"format":"nope"' }, db)).rejects.toThrow(/nothing changed/);
  });
});
