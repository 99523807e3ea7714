// The DealmarkApi of the real extension pages: reads from the store in this page, writes through the
// background, settings from WXT storage, exports streamed from the store into a Blob.
import type { TabState } from '../lib/background/tab-state';
import { exportBackup, exportFactsCsv, exportRoundsCsv } from '../lib/export';
import { parseRequest, type PageRequest, type Reply } from '../lib/messages';
import { completeHighlight, csvBomSetting, highlightSetting } from '../lib/settings';
import { readSelectionInPage, type PageSelection } from '../lib/selection/snapshot';
import { openStore, type DealmarkDB } from '../lib/store';
import { storeReads, type DealmarkApi, type ExportKind, type PageInfo } from './api';
import { browserSites } from './site-access';

let opening: Promise<DealmarkDB> | null = null;
function db(): Promise<DealmarkDB> {
  opening ??= openStore({ onVersionChange: () => (opening = null), onTerminated: () => (opening = null) }).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

async function ask<T>(message: unknown): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error('Dealmark could not reach its background. Close and reopen this page.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** `popup.html?tab=ID` shows the popup for that tab (tests and outside checks use it); else the active tab. */
async function currentTab(): Promise<{ id: number | null; url: string | null }> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) {
    const tab = await browser.tabs.get(Number(fromUrl)).catch(() => undefined);
    return { id: Number(fromUrl), url: tab?.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, url: tab?.url ?? null };
}

const FILE_NAMES: Record<ExportKind, string> = { rounds: 'rounds.csv', facts: 'facts.csv', backup: 'dealmark-backup.json' };

export function browserApi(): DealmarkApi {
  // Open the database while the tab's state is being asked for: the two waits overlap.
  void db().catch(() => undefined);
  return {
    ...storeReads(db),
    async page(): Promise<PageInfo> {
      const tab = await currentTab();
      const state = tab.id === null ? null : await ask<TabState | null>({ type: 'tab-state', tabId: tab.id });
      return { tabId: tab.id, url: tab.url ?? state?.url ?? null, state };
    },
    async readPage(tabId: number) {
      try {
        await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      } catch {
        throw new Error('Dealmark cannot read this kind of page (browser pages, the web store and PDFs are off limits).');
      }
    },
    async readSelection(tabId: number) {
      try {
        const [result] = await browser.scripting.executeScript({ target: { tabId }, func: readSelectionInPage });
        return (result?.result as PageSelection | null | undefined) ?? null;
      } catch {
        throw new Error('Dealmark cannot read the selection on this page (click the Dealmark button on the page first).');
      }
    },
    send<T>(req: PageRequest): Promise<T> {
      parseRequest(req); // a malformed request fails here, with the same words the background would use
      return ask<T>(req);
    },
    sites: browserSites,
    settings: {
      async get() {
        const [highlight, csvBom] = await Promise.all([highlightSetting.getValue(), csvBomSetting.getValue()]);
        return { highlight: completeHighlight(highlight), csvBom };
      },
      async set(next) {
        await Promise.all([highlightSetting.setValue(next.highlight), csvBomSetting.setValue(next.csvBom)]);
      },
    },
    async exportFile(kind, { bom, reportedOnly, onProgress, signal }) {
      const d = await db();
      const blob =
        kind === 'rounds'
          ? await exportRoundsCsv(d, { bom, reportedOnly, onProgress, signal })
          : kind === 'facts'
            ? await exportFactsCsv(d, { bom, onProgress, signal })
            : await exportBackup(d, { onProgress });
      return { blob, name: FILE_NAMES[kind] };
    },
    // A popup closes when the save dialog opens, and its blob: URL dies with it (Firefox), so the download
    // runs in the options page, a full tab.
    openExport(kind) {
      void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#export=${kind}`) }).then(() => window.close());
    },
  };
}
