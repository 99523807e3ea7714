// What the robustness suites share: a Chromium with the test build and the page probe in every page's main
// world, requests confined to 127.0.0.1, and how to read what the extension claimed for a page.
import { launchChromium, tabIdOf, type ExtensionBrowser } from '../e2e/harness';
import { pageProbeScript } from '../../bench/lib/page-probe';
import { confineToLocal, lastReply, visit, type VisitOptions, type VisitResult } from '../../bench/lib/visit';

export { fromExtension, lastReply } from '../../bench/lib/visit';

export async function probedChromium(extension = true): Promise<ExtensionBrowser> {
  const b = await launchChromium({ extension });
  await b.ctx.addInitScript(pageProbeScript());
  await confineToLocal(b.ctx);
  return b;
}

export interface Claimed extends VisitResult {
  /** Toolbar badge text for the tab, read from the service worker ('' = nothing claimed). */
  badge: string | null;
}

/** Visits `url` with the extension on, waits for it, and reads the badge before the tab closes. */
export async function visitOn(b: ExtensionBrowser, url: string, opts: Partial<VisitOptions> = {}): Promise<Claimed> {
  let badge: string | null = null;
  const after = opts.after;
  const v = await visit(b.ctx, url, {
    waitForExtension: true,
    timeoutMs: 10_000,
    settleMs: 150,
    ...opts,
    after: async (page) => {
      try {
        const tabId = await tabIdOf(b, url);
        badge = await b.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      } catch {
        badge = null;
      }
      if (after) await after(page);
    },
  });
  return { ...v, badge };
}

/** Primary rounds the extension claims for the page: the larger of the reply's and the badge's count. */
export function primaryClaims(v: Claimed): number {
  const fromReply = (lastReply(v)?.value?.rounds ?? []).filter((r) => r.primary).length;
  const fromBadge = v.badge && /^\d+$/.test(v.badge) ? Number(v.badge) : 0;
  return Math.max(fromReply, fromBadge);
}

export const describeErrors = (name: string, errors: string[]) => errors.map((e) => `${name}: ${e.slice(0, 300)}`);
