import { checkSender, parseRequest, type Reply, type Request } from '@/lib/messages';
import { handleRequest } from '@/lib/background/handle';
import { watchSites } from '@/lib/background/sites';

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

  watchSites();
});
