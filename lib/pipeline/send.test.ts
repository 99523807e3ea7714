import { describe, expect, it } from 'vitest';
import { MAX_PAGE_HTML, type AnalyzeResult, type Reply } from '../messages';
import { servePagePort } from '../background/page-port';
import { PART_CHARS, sendInParts, type PortLike } from './send';

/** Two ends of one in-memory port: what one posts, the other hears (in a later task, as a browser does). */
function portPair(): [PortLike, PortLike, string[]] {
  const log: string[] = [];
  const make = (name: string) => {
    const msg: ((m: unknown) => void)[] = [];
    const disc: (() => void)[] = [];
    return { name, msg, disc, open: true };
  };
  const a = make('page');
  const b = make('background');
  const end = (me: typeof a, other: typeof a): PortLike => ({
    postMessage(m) {
      if (!me.open) throw new Error('closed');
      log.push(`${me.name}: ${typeof m === 'object' && m && 'part' in m ? `part ${(m as { part: string }).part.length}` : JSON.stringify(m).slice(0, 40)}`);
      const copy = JSON.parse(JSON.stringify(m));
      setTimeout(() => other.msg.forEach((f) => f(copy)), 0);
    },
    disconnect() {
      if (!me.open) return;
      me.open = false;
      other.open = false;
      setTimeout(() => other.disc.forEach((f) => f()), 0);
    },
    onMessage: { addListener: (f) => void me.msg.push(f) },
    onDisconnect: { addListener: (f) => void me.disc.push(f) },
  });
  return [end(a, b), end(b, a), log];
}

const own = { id: 'ext', origin: 'chrome-extension://ext/' };
const fromTab = { id: 'ext', tabId: 7, url: 'http://127.0.0.1/a' };

describe('the page sent in parts over a port', () => {
  it('arrives whole, as one analyze request from the page tab, and the reply comes back', async () => {
    const [page, bg, log] = portPair();
    const html = `<p>${'x'.repeat(PART_CHARS * 2 + 10)}</p>`;
    let got: { html: string; url: string } | null = null;
    servePagePort(bg, fromTab, own, async (req, tabId) => {
      if (req.type !== 'analyze') throw new Error(req.type);
      got = req.page;
      return { tabId };
    });
    const posted: number[] = [];
    const reply = await sendInParts(() => page, { parts: [html.slice(0, PART_CHARS), html.slice(PART_CHARS, 2 * PART_CHARS), html.slice(2 * PART_CHARS)], url: 'http://127.0.0.1/a' }, { onPosted: (_s, _e, st) => posted.push(st.parts) });
    expect(reply).toEqual({ ok: true, value: { tabId: 7 } });
    expect(got).toEqual({ html, url: 'http://127.0.0.1/a' });
    expect(posted).toEqual([1, 2, 3, 4]);
    expect(log.filter((l) => l.startsWith('page: part'))).toHaveLength(3);
  });

  it('a small page is one part and the url', async () => {
    const [page, bg, log] = portPair();
    servePagePort(bg, fromTab, own, async () => 'read');
    expect(await sendInParts(() => page, { parts: ['<p>hi</p>'], url: 'http://127.0.0.1/b' })).toEqual({ ok: true, value: 'read' });
    expect(log.filter((l) => l.startsWith('page:'))).toHaveLength(2);
  });

  it('refuses a page too large, a sender that is not a page tab, and another extension', async () => {
    const big = 'y'.repeat(MAX_PAGE_HTML + 1);
    const cases: [typeof fromTab | { id: string; url: string }, string, RegExp][] = [
      [fromTab, big, /too large/],
      [{ id: 'ext', url: 'chrome-extension://ext/popup.html' }, '<p>x</p>', /must come from a page tab/],
      [{ ...fromTab, id: 'other' }, '<p>x</p>', /another extension/],
    ];
    for (const [sender, html, error] of cases) {
      const [page, bg] = portPair();
      let asked = false;
      servePagePort(bg, sender, own, async () => (asked = true));
      const reply = (await sendInParts(() => page, { parts: [html], url: 'http://127.0.0.1/c' })) as Reply<AnalyzeResult>;
      expect(reply.ok).toBe(false);
      expect(!reply.ok && reply.error).toMatch(error);
      expect(asked).toBe(false);
    }
  });

  it('a port that closes before replying, or cannot be opened, gives no reply instead of hanging', async () => {
    const [page, bg] = portPair();
    bg.onMessage.addListener(() => bg.disconnect());
    expect(await sendInParts(() => page, { parts: ['<p>x</p>'], url: 'u' })).toBeUndefined();
    expect(await sendInParts(() => { throw new Error('Extension context invalidated'); }, { parts: [], url: 'u' })).toBeUndefined();
  });
});
