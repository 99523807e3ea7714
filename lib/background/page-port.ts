// The background's end of lib/pipeline/send.ts: a page's HTML arrives in parts over one port, is put
// together (never beyond MAX_PAGE_HTML), and is then an ordinary `analyze` request, checked like any message.
import { checkSender, MessageError, parseRequest, type Reply, type SenderInfo } from '@/lib/messages';
import { MAX_PAGE_HTML } from '@/lib/messages';
import type { PortLike } from '@/lib/pipeline/send';

export { ANALYZE_PORT } from '@/lib/pipeline/send';

/**
 * Collects one page's parts from `port` and answers on it with `handle`'s reply. A malformed part, a page
 * too large or a sender that may not ask closes the port with an error reply instead.
 */
export function servePagePort(
  port: PortLike,
  sender: SenderInfo,
  own: { id: string; origin: string },
  handle: (req: ReturnType<typeof parseRequest>, tabId: number | undefined) => Promise<unknown>,
): void {
  const parts: string[] = [];
  let length = 0;
  let over = false;
  const reply = (r: Reply<unknown>): void => {
    over = true;
    try {
      port.postMessage(r);
    } catch {
      /* the page went away */
    }
  };
  const fail = (err: unknown): void => reply({ ok: false, error: err instanceof Error ? err.message : String(err) });
  port.onMessage.addListener((m: unknown) => {
    if (over) return;
    try {
      const msg = m as { part?: unknown; done?: unknown; url?: unknown } | null;
      if (msg && typeof msg.part === 'string') {
        length += msg.part.length;
        if (length > MAX_PAGE_HTML) throw new MessageError('Dealmark: page too large to analyze');
        parts.push(msg.part);
        return;
      }
      if (!msg || msg.done !== true) throw new MessageError('Dealmark: unexpected part of a page');
      over = true;
      const req = parseRequest({ type: 'analyze', page: { html: parts.join(''), url: msg.url } });
      parts.length = 0;
      checkSender(req, sender, own.id, own.origin);
      handle(req, sender.tabId).then((value) => reply({ ok: true, value }), fail);
    } catch (err) {
      fail(err);
    }
  });
}
