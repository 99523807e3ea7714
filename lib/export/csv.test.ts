import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { article, freshDb, round, usd } from '../store/test-support';
import { saveArticle, saveArticles, type DealmarkDB, type StoredRound } from '../store/index';
import { iterateRounds, iterateSources } from '../store/iterate';
import {
  csvCell,
  csvRow,
  exportFactsCsv,
  exportRoundsCsv,
  FACTS_HEADER,
  LIST_SEPARATOR,
  ROUNDS_HEADER,
  roundsCsvChunks,
  stageFromInvestmentType,
  unguardCell,
  URL_SEPARATOR,
  UTF8_BOM,
} from './index';
import { hostileArticle, prng } from './hostile';

describe('csv cells (RFC 4180 + OWASP guard)', () => {
  it('quotes commas, quotes and line breaks, doubling inner quotes; ends rows with CRLF', () => {
    expect(csvRow(['a', 'b,c', 'say "hi"', 'x\ny', 'p\rq'])).toBe('a,"b,c","say ""hi""","x\ny","p\rq"\r\n');
  });

  it('guards text beginning with = + - @ tab CR (and the guard character itself)', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell("'x")).toBe("''x");
    expect(csvCell('=HYPERLINK("http://e","c")')).toBe('"\'=HYPERLINK(""http://e"",""c"")"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('numbers stay plain numbers, even negative', () => {
    expect(csvCell(600000000)).toBe('600000000');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('the guard is reversible', () => {
    for (const s of ['=x', "'=x", "''x", "'x", 'x', '-', "'", '']) expect(unguardCell(csvCell(s).replace(/^"|"$/g, '').replace(/""/g, '"'))).toBe(s);
  });
});

async function seed(count: number): Promise<DealmarkDB> {
  const db = await freshDb();
  const rand = prng(42);
  const items = Array.from({ length: count }, (_, i) => hostileArticle(i, rand));
  for (let i = 0; i < items.length; i += 1000) await saveArticles(db, items.slice(i, i + 1000));
  return db;
}

async function storedRounds(db: DealmarkDB): Promise<{ round: StoredRound; urls: string[] }[]> {
  const out: { round: StoredRound; urls: string[] }[] = [];
  for await (const page of iterateRounds(db)) for (const { round, sources } of page.items) out.push({ round, urls: sources.map((s) => s.articleUrl) });
  return out;
}

/** Blob.text() drops a leading BOM (WHATWG decode); read the bytes to see what the user's file holds. */
async function fileText(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

function parse(text: string): string[][] {
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  const result = Papa.parse<string[]>(text.slice(1), { header: false, skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  // RFC 4180: the file ends with CRLF, which papaparse reports as one empty trailing row.
  expect(result.data[result.data.length - 1]).toEqual(['']);
  return result.data.slice(0, -1);
}

// seeding thousands of rounds into fake-indexeddb takes seconds on a loaded 2-core machine
describe('rounds.csv round trip', { timeout: 60_000 }, () => {
  it('10,000 rounds with hostile strings come back exactly as stored', async () => {
    const db = await seed(10_000);
    const progress: number[] = [];
    const blob = await exportRoundsCsv(db, { onProgress: (done) => progress.push(done) });
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await fileText(blob);
    const rows = parse(text);
    expect(rows[0]).toEqual([...ROUNDS_HEADER]);
    const stored = await storedRounds(db);
    expect(stored).toHaveLength(10_000);
    expect(rows).toHaveLength(10_001);
    expect(progress[progress.length - 1]).toBe(10_000);
    expect(progress.length).toBe(10);

    const text_ = (cell: string) => unguardCell(cell);
    const num = (cell: string) => (cell === '' ? null : Number(cell));
    stored.forEach(({ round, urls }, i) => {
      const row = rows[i + 1];
      expect(row).toHaveLength(ROUNDS_HEADER.length);
      const [company, type, date, amount, currency, qualifier, valuation, vCurrency, basis, vQualifier, leads, others, nSources, sourceUrls, firstSeen] = row;
      expect(text_(company)).toBe(round.company);
      expect(stageFromInvestmentType(type)).toBe(round.stage);
      expect(date).toBe(round.date ?? '');
      expect(num(amount)).toBe(round.amount?.value ?? null);
      expect(currency).toBe(round.amount?.currency ?? '');
      expect(qualifier).toBe(round.amount?.qualifier ?? '');
      expect(num(valuation)).toBe(round.valuation?.value ?? null);
      expect(vCurrency).toBe(round.valuation?.currency ?? '');
      expect(basis).toBe(round.valuation ? { pre: 'pre-money', post: 'post-money', unspecified: 'unspecified' }[round.valuation.basis] : '');
      expect(vQualifier).toBe(round.valuation?.qualifier ?? '');
      expect(text_(leads)).toBe(round.investors.filter((x) => x.role === 'lead').map((x) => x.name).join(LIST_SEPARATOR));
      expect(text_(others)).toBe(round.investors.filter((x) => x.role !== 'lead').map((x) => x.name).join(LIST_SEPARATOR));
      expect(Number(nSources)).toBe(round.sourceCount);
      expect(sourceUrls.split(URL_SEPARATOR)).toEqual(urls);
      expect(firstSeen).toBe(round.firstSeen);
      // No cell a spreadsheet would run as a formula.
      for (const cell of [company, leads, others, sourceUrls]) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
    });
  }, 120_000);

  it('BOM can be turned off; chunks are per page', async () => {
    const db = await seed(2500);
    const chunks: string[] = [];
    for await (const c of roundsCsvChunks(db, { bom: false, pageSize: 1000 })) chunks.push(c);
    expect(chunks).toHaveLength(4);
    expect(chunks[0].startsWith('Company,')).toBe(true);
  });

  it('rounds stored without their URL list (early builds) still export their source URLs', async () => {
    const db = await seed(3);
    const [first] = await db.getAll('rounds');
    const { articleUrls, ...old } = first;
    await db.put('rounds', old);
    const rows = parse(await fileText(await exportRoundsCsv(db)));
    expect(rows[1][13]).toBe(articleUrls?.join(URL_SEPARATOR));
    expect(rows[2][13]).not.toBe('');
  });

  it('says whether each round is reported or only mentioned, and can leave mentioned-only rounds out', async () => {
    const db = await freshDb();
    await saveArticle(db, article('https://news.example/c', '2024-02-01'), [
      round({ company: 'Orbital Kelp', stage: 'series_b', amount: usd(25e6), date: '2024-02-01' }),
      round({ primary: false, company: 'Orbital Kelp', stage: 'seed', amount: usd(2e6), date: '2021-05' }),
    ]);
    const rows = parse(await fileText(await exportRoundsCsv(db)));
    const status = ROUNDS_HEADER.indexOf('Reported');
    expect(rows.slice(1).filter((r) => r.length > 1).map((r) => [r[1], r[status]])).toEqual([['Series B', 'reported'], ['Seed', 'mentioned only']]);
    const reported = parse(await fileText(await exportRoundsCsv(db, { reportedOnly: true })));
    expect(reported.slice(1).filter((r) => r.length > 1).map((r) => r[1])).toEqual(['Series B']);
  });

  it('an empty store exports just the header', async () => {
    const db = await freshDb();
    expect(await fileText(await exportRoundsCsv(db))).toBe(UTF8_BOM + ROUNDS_HEADER.join(',') + '\r\n');
  });

  it('an aborted export stops between pages', async () => {
    const db = await seed(1500);
    const controller = new AbortController();
    const run = exportRoundsCsv(db, { pageSize: 500, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(run).rejects.toThrow();
  });
});

describe('facts.csv', () => {
  it('one row per fact, exact text and quote round-trip, attacker text guarded', async () => {
    const db = await seed(2000);
    const rows = parse(await fileText(await exportFactsCsv(db)));
    expect(rows[0]).toEqual([...FACTS_HEADER]);
    const expected: string[][] = [];
    for await (const page of iterateSources(db)) {
      for (const { source, article } of page.items) {
        for (const e of source.evidence) expected.push([e.text, e.quote, source.articleUrl, article?.title ?? '', article?.site ?? '']);
      }
    }
    expect(rows.length - 1).toBe(expected.length);
    expected.forEach((want, i) => {
      const row = rows[i + 1];
      expect([row[2], row[3], row[4], row[5], row[6]].map(unguardCell)).toEqual(want);
    });
    const kinds = new Set(rows.slice(1).map((r) => r[0]));
    expect([...kinds].sort()).toEqual(['amount', 'company', 'lead investor']);
    const amountRow = rows.find((r) => r[0] === 'amount' && r[1] !== '');
    expect(amountRow?.[1]).toMatch(/^(~ |> |<= )?\d+ [A-Z]{3}$/);
  }, 60_000);
});
