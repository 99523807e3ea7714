import { checkSender, parseRequest, type Reply, type Request } from '@/lib/messages';
import { handleRequest } from '@/lib/background/handle';

export default defineBackground(() => {
  const ownOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<Reply<unknown>> => {
    return (async () => {
      try {
        const req: Request = parseRequest(raw);
        checkSender(req, { id: sender.id, tabId: sender.tab?.id, url: sender.url }, browser.runtime.id, ownOrigin);
        return { ok: true as const, value: await handleRequest(req, sender.tab?.id) };
      } catch (err) {
        return { ok: false as const, error: err instanceof Error ? err.message : String(err) };
      }
    })();
  });

  // Toolbar click: read this page now (activeTab grants access to this tab only, for this visit).
  browser.action.onClicked.addListener(async (tab) => {
    if (tab.id === undefined) return;
    await browser.scripting
      .executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] })
      .catch(() => undefined); // pages the browser protects (chrome://, the web store) simply stay unread
  });
});
