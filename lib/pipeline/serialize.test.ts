import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseHtml } from '../article/parse-html';
import { PART_CHARS, serializePartsSteps, serializeSteps } from './serialize';

const run = (doc: Document): string => {
  const g = serializeSteps(doc);
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
};
const live = (html: string) => parseHTML(html).document as unknown as Document;

const PAGE = `<!doctype html><html lang="en"><head><title>A &amp; B</title><style>p{}</style>
<script type="application/ld+json">{"datePublished":"2024-01-02"}</script><script>var x = "<p>";</script></head>
<body class="a"><!-- note --><div id="main"><p title="say &quot;hi&quot;">Tom &amp; Jerry &lt;3 raised $5m</p>
<svg><text>logo</text></svg><ul><li>one<script>x()</script></li><li>two</li></ul><noscript>no</noscript>
<select><option>x</option></select><template><p>t</p></template></div></body></html>`;

describe('serializeSteps', () => {
  it('writes the tree stripHtml would have parsed, without what it drops', () => {
    const doc = live(PAGE);
    const ours = run(doc);
    expect(ours).not.toMatch(/<style|x\(\)|<svg|<noscript|<select|<template|note|var x/);
    expect(ours).toContain('datePublished');
    expect(parseHtml(ours).documentElement.outerHTML).toBe(parseHtml(doc.documentElement.outerHTML).documentElement.outerHTML);
  });

  it('survives a page nested 20,000 deep (no recursion) and yields along the way', () => {
    const doc = live(`<html><body>${'<div>'.repeat(20_000)}<p>deep $5m</p><script>1</script>${'</div>'.repeat(20_000)}</body></html>`);
    const g = serializeSteps(doc);
    let yields = 0;
    let r = g.next();
    while (!r.done) { yields++; r = g.next(); }
    expect(yields).toBeGreaterThan(100);
    expect(r.value).toContain('<p>deep $5m</p>');
    expect(r.value).not.toContain('<script>');
  }, 60_000);

  it('hands a big page over in parts of about PART_CHARS characters that join into the same HTML', () => {
    const para = (i: number) => `<p class="c${i}">Paragraph ${i} &amp; more text about a $${i}m round, <b>bold</b> and <i>not</i>.</p>`;
    const doc = live(`<html><body>${Array.from({ length: 6000 }, (_, i) => `<div>${para(i)}<script>x(${i})</script></div>`).join('')}</body></html>`);
    const g = serializePartsSteps(doc);
    let r = g.next();
    while (!r.done) r = g.next();
    const { parts, elements } = r.value;
    expect(elements).toBe(doc.querySelectorAll('*').length);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts.slice(0, -1)) expect(p.length).toBeGreaterThanOrEqual(PART_CHARS);
    for (const p of parts) expect(p.length).toBeLessThan(PART_CHARS * 2);
    expect(parts.join('')).toBe(run(doc));
    expect(parts.join('')).toContain(para(5999));
  }, 60_000);
});
