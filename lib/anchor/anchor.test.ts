import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../article';
import { parseHtml } from '../article/parse-html';
import { extract } from '../extract';
import { makeEvidence } from '../extract/evidence';
import type { Evidence, Round } from '../model';
import { anchorNow, TextIndex } from './index';

const FIX = join(import.meta.dirname, '../../tests/fixtures/annotate');
const html = (f: string) => readFileSync(join(FIX, f), 'utf8');

/** The page as the browser holds it: a live document (happy-dom has real Ranges). */
function live(src: string): Document {
  const w = new Window({ url: 'http://127.0.0.1/' });
  w.document.write(src);
  return w.document as unknown as Document;
}

/** What the background would answer: the extractor's rounds for the serialized page. */
function roundsOf(src: string): { rounds: Round[]; paragraphs: string[] } {
  const a = readArticle(parseHtml(src), 'http://127.0.0.1/x')!;
  return { rounds: extract(a).rounds, paragraphs: a.paragraphs };
}

const where = (r: Range) => (r.startContainer.parentElement!.closest('p, h1, li') as Element).textContent!.trim().slice(0, 24);

describe('text index', () => {
  it('collapses whitespace like the reader, keeps inline runs together and separates blocks', () => {
    const doc = live('<body><p>A\u00a0 <b>b</b>c\n d</p><p>e</p><script>x</script><div hidden>h</div></body>');
    const ix = TextIndex.build(doc.body);
    expect(ix.text).toBe('A bc d\ne\n');
  });
});

describe('anchoring evidence into the live page', () => {
  it('places each repeated figure by its context, never in nav, pull-outs, comments, sidebars or footers', () => {
    const src = html('ambiguous.html');
    const { rounds } = roundsOf(src);
    const rep = anchorNow(live(src), rounds);
    expect(rep.region?.className).toBe('story-body');
    const amounts = rep.facts.filter((f) => f.evidence.kind === 'amount');
    expect(amounts.map((f) => [f.primary, where(f.range)])).toEqual([
      [true, 'Harbourline raises $5 mi'],
      [true, 'Harbourline, a Rotterdam'],
      [false, 'The freight-tech field h'],
    ]);
    for (const f of rep.facts) {
      expect(f.range.startContainer.parentElement!.closest('nav, aside, footer, .comments, .sidebar, .related-stories')).toBeNull();
    }
  });

  it('finds text split across inline elements, entities and non-breaking spaces', () => {
    const src = html('inline-split.html');
    const { rounds } = roundsOf(src);
    const rep = anchorNow(live(src), rounds);
    const texts = rep.facts.filter((f) => f.evidence.paragraph >= 0).map((f) => [f.evidence.kind, f.range.toString()]);
    expect(texts).toEqual(expect.arrayContaining([
      ['amount', '$12.5\u00a0million'],
      ['lead', 'Fieldstone\u00a0Capital'],
      ['investor', 'Solstice Growth'],
      ['stage', 'Series\u00a0A'],
    ]));
    const amount = rep.facts.find((f) => f.evidence.kind === 'amount' && f.evidence.paragraph === 0)!;
    expect(amount.range.startContainer.parentElement!.tagName).toBe('B');
    expect(amount.range.endContainer.parentElement!.tagName).toBe('SPAN');
  });

  it('anchors in right-to-left text, and skips a headline fact the page headline does not contain', () => {
    const src = html('rtl.html');
    const { paragraphs } = roundsOf(src);
    const p0 = paragraphs[0]!;
    const ev = (kind: Evidence['kind'], text: string): Evidence => {
      const start = p0.indexOf(text);
      return makeEvidence(kind, p0, 0, start, start + text.length, p0, 0.9);
    };
    const headline = makeEvidence('amount', 'Tavlit raises $14 million', -1, 14, 25, '', 0.9);
    const round: Round = {
      primary: true, company: 'Tavlit', stage: 'series_a', amount: { value: 14e6, currency: 'USD', qualifier: 'exact' },
      valuation: null, investors: [{ name: 'Pitango', role: 'lead' }], date: null, confidence: 0.9,
      evidence: [ev('amount', '$14 million'), ev('lead', 'Pitango'), ev('company', 'Tavlit'), headline],
    };
    const rep = anchorNow(live(src), [round]);
    expect(rep.facts.map((f) => [f.evidence.kind, f.range.toString(), f.range.startContainer.parentElement!.tagName])).toEqual([
      ['company', 'Tavlit', 'P'],
      ['amount', '$14 million', 'BDI'],
      ['lead', 'Pitango', 'P'],
    ]);
    expect(rep.skipped.map((s) => s.evidence.paragraph)).toEqual([-1]);
  });

  it('skips a fact whose words around it do not match anywhere, rather than guess', () => {
    const src = html('ambiguous.html');
    const { rounds } = roundsOf(src);
    const wrong: Round = { ...rounds[0]!, evidence: [{ ...rounds[0]!.evidence[0]!, prefix: 'a completely different lead-in ', suffix: ' and unrelated words after it' }] };
    const rep = anchorNow(live(src), [wrong]);
    expect(rep.facts).toEqual([]);
    expect(rep.skipped.length).toBe(1);
  });

  it('falls back to fuzzy matching when the page writes the words a little differently', () => {
    const doc = live('<body><article><p>Acme Robotics said it raised US$ 7.5 Million in new funding led by Orbit Capital on Monday, to build more arms.</p><p>Other news: nobody else raised anything at all this week, and the weather was fine.</p></article></body>');
    const para = 'Acme Robotics said it raised US$7.5 million in new funding led by Orbit Capital on Monday, to build more arms.';
    const s = para.indexOf('US$7.5 million');
    const e = makeEvidence('amount', para, 0, s, s + 'US$7.5 million'.length, para, 0.9);
    const round: Round = { primary: true, company: 'Acme Robotics', stage: null, amount: null, valuation: null, investors: [], date: null, confidence: 1, evidence: [e] };
    const rep = anchorNow(doc, [round]);
    expect(rep.facts.map((f) => [f.method, f.range.toString()])).toEqual([['fuzzy', 'US$ 7.5 Million']]);
    expect(anchorNow(doc, [round], { exactOnly: true }).facts).toEqual([]);
  });
});
