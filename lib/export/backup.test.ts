import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  correctRound,
  counts,
  deleteEverything,
  deleteRound,
  roundsForArticle,
  getCompany,
  mergeCompanies,
  saveArticle,
  type DealmarkDB,
  type EntityRecord,
} from '../store/index';
import { article, evidence, freshDb, lead, participant, round, usd, valuation } from '../store/test-support';
import { backupChunks, BACKUP_VERSION, exportBackup, importBackup, parseBackup } from './index';

afterEach(() => {
  vi.restoreAllMocks();
});

async function build(): Promise<DealmarkDB> {
  const db = await freshDb();
  await saveArticle(db, article('https://a.example/b', '2017-07-11'), [
    round({ company: 'SenseTime', stage: 'series_b', amount: usd(410e6), date: '2017-07-11', investors: [lead('CDH Investments')], evidence: [evidence('amount', '$410m')] }),
  ]);
  await saveArticle(db, article('https://a.example/c', '2018-04-09'), [
    round({ company: 'SenseTime Group Ltd', stage: 'series_c', amount: usd(600e6), valuation: { ...valuation(3e9), qualifier: 'more_than' }, date: '2018-04-09',
      investors: [lead('Alibaba Group'), participant('Temasek')], evidence: [evidence('amount', '$600m'), evidence('lead', 'Alibaba Group')] }),
    round({ company: 'SenseTime', primary: false, stage: 'series_b', amount: usd(410e6), date: '2017-07' }),
  ]);
  await saveArticle(db, article('https://b.example/c', '2018-04-10'), [
    round({ company: 'Sensetime', stage: 'series_c', amount: usd(620e6), date: '2018-04-10', evidence: [evidence('amount', '=620m "exactly"')] }),
  ]);
  await saveArticle(db, article('https://c.example/m', '2019-05-09'), [
    round({ company: 'Face++', stage: 'series_c', amount: usd(460e6), date: '2017-11-01' }),
    round({ company: 'Megvii', stage: 'series_d', amount: usd(750e6), date: '2019-05-09', investors: [participant('Bank of China')] }),
  ]);
  const megvii = await getCompany(db, 'Megvii');
  const face = await getCompany(db, 'Face++');
  await mergeCompanies(db, megvii!.id, face!.id);
  const d = await saveArticle(db, article('https://d.example/x', '2020-01-01'), [round({ company: 'Wrong Co', stage: 'seed', amount: usd(1e6), date: '2020-01-01' })]);
  await correctRound(db, d.roundIds[0] as number, { field: 'company', value: 'Right Co' });
  await correctRound(db, d.roundIds[0] as number, { field: 'stage', value: 'series_a' });
  await correctRound(db, d.roundIds[0] as number, { field: 'investors', value: [lead('=EVIL()')] });
  return db;
}

/** The database's content without ids or bookkeeping times (ids are not stable across a wipe). */
async function snapshot(db: DealmarkDB): Promise<{ rounds: { stage: string | null; reportedIn?: number; mentionedIn?: number }[] } & Record<string, unknown>> {
  const all = {
    articles: await db.getAll('articles'),
    companies: await db.getAll('companies'),
    investors: await db.getAll('investors'),
    rounds: await db.getAll('rounds'),
    sources: await db.getAll('sources'),
    corrections: await db.getAll('corrections'),
  };
  const companyName = new Map(all.companies.map((c) => [c.id, c.name]));
  const rounds = all.rounds.map((r) => ({
    company: companyName.get(r.companyId),
    shown: r.company,
    stage: r.stage, amount: r.amount, valuation: r.valuation, investors: r.investors, date: r.date, primary: r.primary,
    reportedIn: r.reportedIn, mentionedIn: r.mentionedIn,
    sourceCount: r.sourceCount, conflicts: r.conflicts, corrected: [...r.corrected].sort(), firstSeen: r.firstSeen,
    investorCount: r.investorIds.length,
    sources: all.sources.filter((s) => s.roundId === r.id).map(({ articleUrl, facts, evidence: e, seenAt }) => ({ articleUrl, facts, e, seenAt }))
      .sort((a, b) => a.articleUrl.localeCompare(b.articleUrl)),
    corrections: all.corrections.filter((c) => c.roundId === r.id).map(({ field, value, createdAt }) => ({ field, value, createdAt }))
      .sort((a, b) => a.field.localeCompare(b.field)),
  }));
  const entity = ({ name, aliases, keys, tokens, createdAt }: EntityRecord) =>
    ({ name, aliases: [...aliases].sort(), keys: [...keys].sort(), tokens: [...tokens].sort(), createdAt });
  return {
    articles: all.articles,
    companies: all.companies.map(entity).sort((a, b) => a.name.localeCompare(b.name)),
    investors: all.investors.map(entity).sort((a, b) => a.name.localeCompare(b.name)),
    rounds: rounds.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}

async function backupText(db: DealmarkDB): Promise<string> {
  return (await exportBackup(db)).text();
}

describe('JSON backup', () => {
  it('backup → wipe → import gives the same database', async () => {
    const db = await build();
    const before = await snapshot(db);
    // The Series B is reported by one article and mentioned by another: the backup keeps that apart.
    expect(before.rounds.filter((r) => r.reportedIn === 1 && r.mentionedIn === 1).map((r) => r.stage)).toEqual(['series_b']);
    const countsBefore = await counts(db);
    const text = await backupText(db);
    await deleteEverything(db);
    const result = await importBackup(db, new Blob([text]));
    expect(result).toEqual({
      ok: true,
      added: { ...countsBefore },
      skipped: { articles: 0, companies: 0, investors: 0, rounds: 0, sources: 0, corrections: 0 },
    });
    expect(await snapshot(db)).toEqual(before);
    expect(await counts(db)).toEqual(countsBefore);
  });

  it('rounds the user deleted stay deleted after backup → wipe → import', async () => {
    const db = await build();
    const page = article('https://d.example/x', '2020-01-01');
    const [r] = await roundsForArticle(db, page.url);
    await deleteRound(db, r.id);
    const before = await snapshot(db);
    const text = await backupText(db);
    await deleteEverything(db);
    expect((await importBackup(db, text)).ok).toBe(true);
    expect(await snapshot(db)).toEqual(before);
    const again = await saveArticle(db, page, [round({ company: 'Wrong Co', stage: 'seed', amount: usd(1e6), date: '2020-01-01' })]);
    expect(again.skipped).toBe(1);
  });

  it('importing into the same database adds nothing and reports everything skipped', async () => {
    const db = await build();
    const before = await snapshot(db);
    const c = await counts(db);
    const result = await importBackup(db, await backupText(db));
    expect(result).toEqual({ ok: true, added: { articles: 0, companies: 0, investors: 0, rounds: 0, sources: 0, corrections: 0 }, skipped: c });
    expect(await snapshot(db)).toEqual(before);
  });

  it('merges with what another browser saved, with the store rules', async () => {
    const mine = await freshDb();
    await saveArticle(mine, article('https://z.example/c', '2018-04-09'), [round({ company: 'SenseTime', stage: 'series_c', amount: usd(600e6), date: '2018-04-09' })]);
    const result = await importBackup(mine, await backupText(await build()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.added.rounds).toBe(4); // Series B, Megvii C and D, Right Co; the Series C already existed
    expect(result.skipped.rounds).toBe(1);
    expect(result.added.sources).toBe(7);
    expect(await counts(mine)).toMatchObject({ rounds: 5, companies: 4 });
  });

  it('streams valid JSON in chunks, pages included', async () => {
    const db = await build();
    const chunks: string[] = [];
    for await (const c of backupChunks(db, { pageSize: 2 })) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(10);
    const parsed = parseBackup(chunks.join(''));
    expect(parsed.ok && parsed.backup.version).toBe(BACKUP_VERSION);
  });

  describe('a bad file changes nothing and says why', () => {
    const cases: [string, (text: string) => string, RegExp][] = [
      ['truncated', (t) => t.slice(0, Math.floor(t.length / 2)), /truncated or not JSON/],
      ['cut at the last brace', (t) => t.slice(0, -1), /truncated or not JSON/],
      ['garbage', () => '\u0000\u00ff garbage ☃', /truncated or not JSON/],
      ['an empty file', () => '', /truncated or not JSON/],
      ['another JSON file', () => '{"hello": "world"}', /not a Dealmark backup/],
      ['a future version', (t) => t.replace('"version":1', '"version":99'), /newer version of Dealmark \(format 99/],
      ['a missing section', (t) => t.replace('"sources":[', '"sourcez":['), /"sources" is missing/],
      ['records dropped', (t) => { const b = JSON.parse(t); b.articles.pop(); return JSON.stringify(b); }, /incomplete: articles has/],
      ['a damaged record', (t) => { const b = JSON.parse(t); b.sources[0].facts.amount = { value: 'lots' }; return JSON.stringify(b); }, /damaged \(sources #1: amount has no numeric value/],
      ['a dangling reference', (t) => { const b = JSON.parse(t); b.sources[0].roundId = 987654; return JSON.stringify(b); }, /missing round or article/],
    ];
    for (const [name, mangle, reason] of cases) {
      it(name, async () => {
        const db = await build();
        const text = await backupText(db);
        const other = await freshDb();
        await saveArticle(other, article('https://keep.example/1', '2020-01-01'), [round({ company: 'Keep', stage: 'seed', date: '2020-01-01' })]);
        const before = await snapshot(other);
        const result = await importBackup(other, mangle(text));
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.reason).toMatch(reason);
          expect(result.reason).toMatch(/Nothing was imported/);
        }
        expect(await snapshot(other)).toEqual(before);
      });
    }
  });

  it('a storage failure during import changes nothing and says why', async () => {
    const text = await backupText(await build());
    const db = await freshDb();
    await saveArticle(db, article('https://keep.example/1', '2020-01-01'), [round({ company: 'Keep', stage: 'seed', date: '2020-01-01' })]);
    const before = await snapshot(db);
    const realAdd = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (++calls === 12) throw new DOMException('full', 'QuotaExceededError');
      return realAdd.apply(this, args);
    });
    const result = await importBackup(db, text);
    vi.restoreAllMocks();
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/out of storage space/) });
    expect(await snapshot(db)).toEqual(before);
  });
});
