import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { installTagSelect, tagList } from './tag-select';

const HTML = `<!doctype html><html><head><title>t</title></head><body>
<div id="a"><P id="p1">one</P><section><h2 id="h">x</h2><p id="p2">two<span><p id="p3">in</p></span></p></section></div>
<template><p id="hidden">t</p></template><ul><li id="l1">a</li><li id="l2">b<p id="p4">c</p></li></ul></body></html>`;

const ids = (xs: ArrayLike<Element>) => Array.from(xs, (e) => e.id || e.tagName);

describe('tag-list fast path', () => {
  it('recognises only plain tag lists', () => {
    expect([...tagList('p, LI,h2')!]).toEqual(['p', 'li', 'h2']);
    expect(tagList('p.x')).toBeNull();
    expect(tagList('div > p')).toBeNull();
    expect(tagList('*')).toBeNull();
    expect(tagList('a[href]')).toBeNull();
  });

  it('answers exactly what linkedom answers, in document order', () => {
    const fast = parseHTML(HTML).document as unknown as Document;
    installTagSelect(fast);
    installTagSelect(fast.documentElement);
    for (const sel of ['p', 'p, li, h2', 'li,p', 'h2', 'template', 'div', 'nothing', 'p,p']) {
      // the same query through css-select: a selector that is not a plain tag list takes linkedom's own path
      const expected = ids(fast.querySelectorAll(`${sel.split(',').map((t) => `${t.trim()}:not(x-none)`).join(',')}`));
      expect(ids(fast.querySelectorAll(sel))).toEqual(expected);
      expect(ids(fast.body.querySelectorAll(sel))).toEqual(expected.filter((i) => i !== 'BODY'));
      const first = fast.querySelector(sel);
      expect(first ? ids([first]) : []).toEqual(expected.slice(0, 1));
    }
    const sec = fast.querySelector('section')!;
    expect(ids(sec.querySelectorAll('p'))).toEqual(['p2', 'p3']);
    expect(ids(fast.getElementById('p3')!.querySelectorAll('p'))).toEqual([]);
    expect(typeof (fast.querySelectorAll('p') as unknown as { item: unknown }).item).toBe('function');
  });
});
