// @vitest-environment happy-dom
// The index built while the background reads the page is the index anchoring would have built — unless the
// page changed meanwhile, when it is thrown away rather than used stale.
import { describe, expect, it } from 'vitest';
import { TextIndex } from '../anchor';
import { indexEarly } from './early-index';

const page = () => {
  document.body.innerHTML = '<article><p>Lumora raised <b>$90 million</b> in a Series C.</p><p hidden>not shown</p><p>Led by Orbit.</p></article>';
};

describe('the text index built early', () => {
  it('is the same index anchoring would build, when the page did not change', async () => {
    page();
    const early = await indexEarly(document, { signal: new AbortController().signal, budgetMs: 4 }).take();
    expect(early).not.toBeNull();
    const fresh = TextIndex.build(document.body);
    expect(early!.index.text).toBe(fresh.text);
    expect(early!.index.nodes).toEqual(fresh.nodes);
  });

  it('is discarded when the page adds text, edits text or shows a hidden element meanwhile', async () => {
    const changes = [
      () => document.querySelector('article')!.append(document.createElement('p'), 'late text'),
      () => void ((document.querySelector('b')!.firstChild as Text).data = '$91 million'),
      () => document.querySelector('p[hidden]')!.removeAttribute('hidden'),
    ];
    for (const change of changes) {
      page();
      const early = indexEarly(document, { signal: new AbortController().signal, budgetMs: 4 });
      change();
      expect(await early.take()).toBeNull();
    }
  });

  it('stops when the run is aborted', async () => {
    page();
    const ctl = new AbortController();
    const early = indexEarly(document, { signal: ctl.signal, budgetMs: 4 });
    ctl.abort();
    expect(await early.take()).toBeNull();
  });
});
