// @vitest-environment happy-dom
// The hover card's lifetime when its UI is slow to make (the first open waits for the shadow host): a page
// gets one card, and a card closed while it was being made never appears.
import { describe, expect, it } from 'vitest';
import type { AnalyzeResult } from '../messages';
import type { Evidence, Round } from '../model';
import type { AnchoredFact } from '../anchor';
import { Annotator, type CardView } from './annotator';

function setup() {
  document.body.innerHTML = '<p>Lumora raised <b>$90 million</b> in a <b>Series C</b> round.</p>';
  const [amount, stage] = [...document.querySelectorAll('b')].map((b) => {
    const r = document.createRange();
    r.selectNodeContents(b);
    return r;
  });
  const ev = (kind: Evidence['kind'], text: string): Evidence =>
    ({ kind, text, paragraph: 0, start: 0, end: text.length, prefix: '', suffix: '', quote: 'Lumora raised $90 million.', confidence: 1 });
  const round: Round = {
    primary: true, company: 'Lumora', stage: 'series_c', amount: { value: 90e6, currency: 'USD', qualifier: 'exact' },
    valuation: null, investors: [], date: null, confidence: 1, evidence: [ev('amount', '$90 million'), ev('stage', 'Series C')],
  };
  const facts: AnchoredFact[] = [
    { evidence: round.evidence[0]!, round: 0, primary: true, range: amount as unknown as Range, at: 0, method: 'exact' },
    { evidence: round.evidence[1]!, round: 0, primary: true, range: stage as unknown as Range, at: 20, method: 'exact' },
  ];
  const cards: { shown: string | null }[] = [];
  const made: Array<() => void> = [];
  const ctl = new AbortController();
  const annotator = new Annotator({
    doc: document,
    signal: ctl.signal,
    analyze: async () => undefined,
    card: () => new Promise<CardView>((ok) => {
      const card = { shown: null as string | null };
      cards.push(card);
      made.push(() => ok({ show: (d) => void (card.shown = d.text), hide: () => void (card.shown = null), owns: () => false }));
    }),
  });
  annotator.facts = facts;
  annotator.result = { status: 'found', title: '', rounds: [round], history: {} } as unknown as AnalyzeResult;
  return { annotator, cards, made };
}

const settle = () => new Promise((ok) => setTimeout(ok, 0));

describe('the hover card while its UI is being made', () => {
  it('two opens before the card exists make one card, and the later fact is the one shown', async () => {
    const { annotator, cards, made } = setup();
    const first = annotator.move(1);
    const second = annotator.move(1);
    for (const ok of made) ok();
    await Promise.all([first, second]);
    expect(cards).toHaveLength(1);
    expect(cards[0]!.shown).toBe('$90 million');
    // …so closing it closes the only card there is
    annotator.close();
    expect(cards.map((c) => c.shown)).toEqual([null]);
  });

  it('a card closed (Escape) before its UI was made does not appear afterwards', async () => {
    const { annotator, cards, made } = setup();
    const opening = annotator.move(1);
    annotator.close();
    made[0]!();
    await opening;
    await settle();
    expect(cards).toHaveLength(1);
    expect(cards[0]!.shown).toBeNull();
    // the next open shows it as usual
    await annotator.move(1);
    expect(cards[0]!.shown).toBe('$90 million');
  });
});
