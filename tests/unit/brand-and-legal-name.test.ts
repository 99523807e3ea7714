// One company, two names: an article that names the brand and one that names the legal entity report the
// same round; read by the extractor and saved by the store, the history holds that round once.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import type { Article } from '../../lib/model';
import { companyHistory, counts, saveArticle } from '../../lib/store';
import { freshDb } from '../../lib/store/test-support';

const article = (url: string, published: string, title: string, paragraphs: string[]): Article => ({ title, paragraphs, site: null, url, published });
const meta = (a: Article) => ({ url: a.url!, title: a.title, site: null, published: a.published });

describe('the brand and the legal name', () => {
  it('keep one round in the history', async () => {
    const brand = article('https://news.example/ci', '2024-03-01', 'Kestrelbuild raises $100 million Series E', [
      'Kestrelbuild, which makes build-pipeline software, has raised $100 million in a Series E round led by Harrow Growth.',
    ]);
    const legal = article('https://wire.example/release', '2024-03-02', 'Kestrel Build Systems closes Series E', [
      'Kestrel Build Systems Inc., the company behind Kestrelbuild, has closed a $100 million Series E led by Harrow Growth.',
    ]);
    const [a, b] = [extract(brand).rounds, extract(legal).rounds];
    expect(a.map((r) => r.company)).toEqual(['Kestrelbuild']);
    expect(b.map((r) => r.company)).toEqual(['Kestrelbuild']);
    expect(b[0]!.aliases).toContain('Kestrel Build Systems Inc.');

    const db = await freshDb();
    await saveArticle(db, meta(brand), a);
    await saveArticle(db, meta(legal), b);
    expect(await counts(db)).toMatchObject({ companies: 1, rounds: 1 });
    const history = await companyHistory(db, 'Kestrel Build Systems Inc.');
    expect(history.map((r) => [r.stage, r.amount?.value])).toEqual([['series_e', 100e6]]);
  });
});
