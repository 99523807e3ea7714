// The content script is a guest on someone else's page: it reads, highlights through CSS.highlights,
// and never writes to the page's DOM except one shadow host for its own UI, added when a card first opens.
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cardCss, renderFactCard } from '@/components/FactCard';
import { Annotator, type CardView } from '@/lib/highlight/annotator';
import { isFactNav } from '@/lib/background/commands';
import { completeHighlight, HIGHLIGHT_SETTING_KEY } from '@/lib/settings-defaults';
import { isPageHistory } from '@/lib/pipeline/page-history';
import { ANALYZE_PORT, sendInParts } from '@/lib/pipeline/send';

const e2e = import.meta.env.DEALMARK_E2E === '1';

async function createCard(ctx: ContentScriptContext, close: () => void, move: (d: 1 | -1) => void): Promise<CardView> {
  const ui = await createShadowRootUi(ctx, {
    name: 'dealmark-ui',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // closed in production: the page cannot read the card (it can show the reader's own history)
    mode: e2e ? 'open' : 'closed',
    isolateEvents: true,
    css: cardCss,
    onMount: (container) => container,
  });
  ui.mount();
  const host = ui.shadowHost;
  return {
    show: (d, kind, at, nav) =>
      renderFactCard(ui.uiContainer, { d, kind, x: at.x, y: at.y, index: nav.index, total: nav.total, focus: nav.focus, onClose: close, onMove: move }),
    hide: () => renderFactCard(ui.uiContainer, null),
    owns: (t) => t === host || (t instanceof Node && host.contains(t)),
  };
}

export default defineContentScript({
  // Production: nothing is injected at install; the popup injects on click, or it is registered per allowed site.
  matches: e2e ? ['http://127.0.0.1/*', 'http://localhost/*'] : [],
  registration: e2e ? 'manifest' : 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    const connect = () => browser.runtime.connect({ name: ANALYZE_PORT });
    let early: ReturnType<typeof connect> | null = null;
    ctx.onInvalidated(() => early?.disconnect());
    const annotator: Annotator = new Annotator({
      doc: document,
      signal: ctx.signal,
      // The port opens once the gate passes (the background wakes while the page is serialized); the page
      // goes in parts over it, each posted in its own task, and the annotator measures each post.
      prepare: () => {
        try {
          early ??= connect();
        } catch {
          early = null; // the extension was reloaded: analyze will find no background either
        }
      },
      analyze: (page, posted) => sendInParts(() => {
        const port = early ?? connect();
        early = null;
        return port;
      }, page, { signal: ctx.signal, onPosted: (start, end, stats) => posted?.(start, end, stats.parts) }),
      // Read straight from storage.sync: WXT's storage helper would add a tenth to the content script's size.
      looks: () => browser.storage.sync.get(HIGHLIGHT_SETTING_KEY).then((v) => completeHighlight(v[HIGHLIGHT_SETTING_KEY])),
      declined: (url, reason) => void browser.runtime.sendMessage({ type: 'declined', url, reason }).catch(() => undefined),
      card: () => createCard(ctx, () => annotator.close(), (d) => void annotator.move(d)),
      // Test builds tell the page what they found, so Firefox tests (which cannot reach the background) can see it.
      onReply: e2e ? (reply) => window.postMessage({ source: 'dealmark', reply: JSON.stringify(reply ?? null) }, location.origin) : undefined,
    });
    const onMessage = (msg: unknown): undefined => {
      if (isFactNav(msg)) void annotator.move(msg.dir);
      if (isPageHistory(msg)) {
        annotator.remembered(msg.url, msg.history);
        if (e2e) window.postMessage({ source: 'dealmark-saved', saved: JSON.stringify(msg) }, location.origin);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    ctx.addEventListener(window, 'wxt:locationchange', () => annotator.navigated());
    annotator.watch();
    void annotator.run();
  },
});
