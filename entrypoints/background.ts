import { checkSender, parseRequest, type Reply, type Request } from '@/lib/messages';
import { handleRequest, onPageAnalyzed, onPageRemembered, tabStates } from '@/lib/background/handle';
import { pageHistory } from '@/lib/pipeline/page-history';
import { watchSites } from '@/lib/background/sites';
import { watchCommands } from '@/lib/background/commands';
import { ANALYZE_PORT, servePagePort } from '@/lib/background/page-port';
import { holdWarmUp, startsReadablePage, warmUp } from '@/lib/background/warm-up';

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

  // A page's HTML, in parts (lib/pipeline/send.ts): the same analyze request, checked the same way.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== ANALYZE_PORT) return;
    port.onDisconnect.addListener(holdWarmUp());
    const sender = { id: port.sender?.id, tabId: port.sender?.tab?.id, url: port.sender?.url };
    servePagePort(port, sender, { id: browser.runtime.id, origin: ownOrigin }, handleRequest);
  });

  watchSites();
  watchCommands();

  // The badge counts the rounds this page reports; it is cleared when the tab goes elsewhere.
  onPageAnalyzed((tabId, count) => {
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#0f5132' }).catch(() => undefined);
    void browser.action.setBadgeText({ tabId, text: count ? String(count) : '' }).catch(() => undefined);
  });
  // Saved after the reply: the page's hover card gets the company's earlier rounds when the store has them.
  onPageRemembered((tabId, url, r) => {
    void browser.tabs.sendMessage(tabId, pageHistory(url, r.history, r.saveError)).catch(() => undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url) tabStates.forget(tabId);
    // the page will send itself once idle: a background woken for it warms the extractor meanwhile
    if (startsReadablePage(change, tab)) void warmUp();
  });
  browser.tabs.onRemoved.addListener((tabId) => tabStates.forget(tabId));
});
