import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { gate } from './index';

const FIX = join(import.meta.dirname, '../../tests/fixtures/annotate');
const live = (src: string): Document => {
  const w = new Window({ url: 'http://127.0.0.1/' });
  w.document.write(src);
  return w.document as unknown as Document;
};

describe('the cheap gate', () => {
  it('lets funding stories through', () => {
    for (const f of ['ambiguous.html', 'inline-split.html', 'lumora-series-c.html', 'rtl.html']) {
      expect(gate(live(readFileSync(join(FIX, f), 'utf8'))).pass, f).toBe(true);
    }
  });

  it('lets a short Chinese funding report through even though it is not "readerable"', () => {
    const doc = live('<html lang="zh"><head><title>商汤科技完成6亿美元C轮融资</title></head><body><h1>商汤科技完成6亿美元C轮融资</h1><p>阿里巴巴领投，淡马锡、苏宁等跟投。</p></body></html>');
    const g = gate(doc);
    expect(g.articleLike).toBe(false);
    expect(g.pass).toBe(true);
  });

  it('stops pages without funding words or money', () => {
    expect(gate(live('<html><head><title>Opening hours</title></head><body><p>The library opens at nine.</p></body></html>')).pass).toBe(false);
    expect(gate(live('<html><head><title>Shop</title></head><body><p>Blue kettle, $29.99. Free delivery.</p></body></html>')).pass).toBe(false);
  });

  it('asks Readability only when funding words come without a money figure', () => {
    const words = live(`<html><head><title>Startup closes funding round</title></head><body>${'<p>The startup said the new funding round would pay for hiring engineers and opening an office in Lisbon next spring, according to its founders, who started the company after years of building logistics software for shipping lines and port operators across southern Europe and north Africa.</p>'.repeat(5)}</body></html>`);
    const g = gate(words);
    expect(g.readerable).toBe(true);
    expect(g.pass).toBe(true);
    const none = gate(live(`<html><head><title>Council notes</title></head><body>${'<p>The council talked about bins, cycle lanes and the library for a long time, and then about the weather, the market square and the new timetable for the harbour ferries.</p>'.repeat(5)}</body></html>`));
    expect(none).toMatchObject({ pass: false, readerable: null, articleLike: true });
  });

  it('is cheap on a large page', () => {
    const para = '<p>' + 'The council talked about bins, cycle lanes and the library for a long time. '.repeat(20) + '</p>';
    const doc = live(`<html><head><title>Council notes</title></head><body>${para.repeat(2000)}</body></html>`);
    gate(doc);
    const g = gate(doc);
    expect(g.scanned).toBeLessThanOrEqual(6000);
    // happy-dom is far slower than a browser; the 2 ms budget is checked in Chromium (e2e)
    expect(g.ms).toBeLessThan(200);
  });
});
