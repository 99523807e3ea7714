// The content script is a guest on someone else's page: it reads, highlights through CSS.highlights,
// and never writes to the page's DOM except one shadow host for its own UI.
const e2e = import.meta.env.DEALMARK_E2E === '1';

export default defineContentScript({
  // Production: nothing is injected at install; the popup injects on click, or it is registered per allowed site.
  matches: e2e ? ['http://127.0.0.1/*', 'http://localhost/*'] : [],
  registration: e2e ? 'manifest' : 'runtime',
  runAt: 'document_idle',
  async main() {
    const reply = await browser.runtime
      .sendMessage({ type: 'analyze', page: { html: document.documentElement.outerHTML, url: location.href } })
      .catch(() => undefined);
    // Test builds tell the page what they found, so Firefox tests (which cannot reach the background) can see it.
    if (e2e) window.postMessage({ source: 'dealmark', reply: JSON.stringify(reply ?? null) }, location.origin);
  },
});
