import { describe, expect, it } from 'vitest';
import { readArticle } from './index';
import { cleanTitle, isoDate } from './meta';
import { parseHtml } from './parse-html';

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const filler = '<p>' + 'Dealmark reads the article body and ignores the furniture around it. '.repeat(8) + '</p>';

describe('readArticle', () => {
  it('collects paragraphs in order, with metadata from the head', () => {
    const html = page(
      `<title>Kelpie raises $4M seed | Harbour Times</title><meta property="og:title" content="Kelpie raises $4M seed">
       <meta property="og:site_name" content="Harbour Times"><link rel="canonical" href="https://harbour.example/kelpie">
       <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-02T08:00:00Z"}</script>`,
      `<nav><a href="/">Home</a></nav><article><h1>Kelpie raises $4M seed</h1>
       <p>Kelpie, a maker of sheep-herding drones, has raised $4 million in seed funding led by Collie Capital.</p>
       ${filler}<h2>What comes next</h2><ul><li>Hiring engineers in Dundee and elsewhere in Scotland this year.</li></ul>
       <blockquote><p>We are thrilled, said the founder of the company in a statement.</p></blockquote>${filler}</article>`);
    const a = readArticle(parseHtml(html))!;
    expect(a.title).toBe('Kelpie raises $4M seed');
    expect(a.site).toBe('Harbour Times');
    expect(a.url).toBe('https://harbour.example/kelpie');
    expect(a.published).toBe('2023-05-02');
    expect(a.paragraphs[0]).toMatch(/^Kelpie, a maker/);
    expect(a.paragraphs).toContain('What comes next');
    expect(a.paragraphs.some((p) => p.startsWith('Hiring engineers'))).toBe(true);
    expect(a.paragraphs.some((p) => p.startsWith('We are thrilled'))).toBe(true);
  });

  it('reads the page\'s own <article> when Readability keeps only scraps (a digest told as list items)', () => {
    const item = (s: string) => `<li>${s} ${'It makes tools for farms and has customers in four countries. '.repeat(3)}`;
    const html = page('<title>Weekly digest</title>', `<main><article><h1>Weekly digest</h1><ul>${item('Kelpie raised $4M from Collie Capital.')}
      ${item('Tallyloop raised $8M from Osprey.')}${item('Quillon raised $2M.')}</article></main><footer><p>© Harbour Times. All rights reserved.</p></footer>`);
    const a = readArticle(parseHtml(html))!;
    expect(a.paragraphs.filter((p) => /raised \$\dM/.test(p))).toHaveLength(3);
  });

  it('falls back to article:published_time and <time datetime>', () => {
    const body = `<article><p>Body text that is long enough to read. ${'More words here. '.repeat(30)}</p></article>`;
    expect(readArticle(parseHtml(page('<meta property="article:published_time" content="2021-11-21T10:00:00+00:00">', body)))!.published).toBe('2021-11-21');
    expect(readArticle(parseHtml(page('', `<time datetime="2019-09-17">Sept 17</time>${body}`)))!.published).toBe('2019-09-17');
  });

  it('returns null for a page with no text', () => {
    expect(readArticle(parseHtml(page('', '')))).toBeNull();
  });

  it('survives binary garbage', () => {
    let s = ''; for (let i = 0; i < 50_000; i++) s += String.fromCharCode((i * 31) % 256);
    expect(() => readArticle(parseHtml(s))).not.toThrow();
  });
});

describe('metadata helpers', () => {
  it.each([
    ['Acme raises $5M | TechCrunch', 'TechCrunch', 'Acme raises $5M'],
    ['Acme raises $5M – The Daily Ledger', null, 'Acme raises $5M'],
    ['Wasp raised $1.5M Seed Round - led by Lunar', null, 'Wasp raised $1.5M Seed Round - led by Lunar'],
    // a title of one Latin word is the site's name; a CJK headline has no spaces and stays
    ['GizmoWired', null, null],
    ['서울경제', null, null],
    ['澎湃新闻完成B轮融资', null, '澎湃新闻完成B轮融资'],
    // a site's name and its section's is no headline; a headline ending on a section's name stays
    ['The Ledger – Economía / Empresas', null, null],
    ['环球网 - 公司', null, null],
    ['Security – GizmoWired', null, null],
    ['Acme raises $5M – Tech', null, 'Acme raises $5M'],
    // an outlet's own name is no headline either; a headline that holds a newspaper's noun stays
    ['Leeds Daily Herald', null, null],
    ['la Repubblica', null, null],
    ['Daily Harvest raises $43M', null, 'Daily Harvest raises $43M'],
    ['Tessel and Quarry merge – Business', null, 'Tessel and Quarry merge'],
  ])('cleanTitle(%s)', (t, site, want) => expect(cleanTitle(t, site)).toBe(want));
  it.each([['2020-06-11T09:00:00Z', '2020-06-11'], ['20180409', '2018-04-09'], ['June 30, 2021', '2021-06-30'], ['not a date', null]])('isoDate(%s)', (raw, want) => expect(isoDate(raw)).toBe(want));
});
