// A DealmarkApi for component tests: the real store on fake-indexeddb, writes through the real page-request
// dispatcher (validated like a message), and in-memory sites and settings.
import { handlePageRequest } from '../../lib/background/pages';
import type { TabState } from '../../lib/background/tab-state';
import { exportBackup, exportFactsCsv, exportRoundsCsv } from '../../lib/export';
import { parseRequest } from '../../lib/messages';
import type { PageSelection } from '../../lib/selection/snapshot';
import { DEFAULT_HIGHLIGHT } from '../../lib/settings-defaults';
import type { DealmarkDB } from '../../lib/store';
import { storeReads, type DealmarkApi, type PageInfo, type Settings, type SiteMode } from '../../components/api';

export interface FakeApi extends DealmarkApi {
  sent: unknown[];
  info: PageInfo;
  readCalls: number[];
  settingsValue: Settings;
  allowed: Set<string>;
  /** What readSelection answers. */
  selection: PageSelection | null;
}

export function fakeApi(db: DealmarkDB, info: Partial<PageInfo> = {}): FakeApi {
  const allowed = new Set<string>();
  const api: FakeApi = {
    ...storeReads(async () => db),
    sent: [],
    readCalls: [],
    allowed,
    selection: null,
    info: { tabId: 7, url: null, state: null, ...info },
    settingsValue: { highlight: { ...DEFAULT_HIGHLIGHT }, csvBom: true },
    async page() {
      return api.info;
    },
    async readPage(tabId) {
      api.readCalls.push(tabId);
    },
    async readSelection() {
      return api.selection;
    },
    async send<T>(req: Parameters<DealmarkApi['send']>[0]) {
      api.sent.push(req);
      return (await handlePageRequest(parseRequest(JSON.parse(JSON.stringify(req))) as never, db)) as T;
    },
    sites: {
      mode: async (origin): Promise<SiteMode> => (allowed.has('*') ? 'all' : allowed.has(origin) ? 'always' : 'ask'),
      allow: async (origin) => (allowed.add(origin), true),
      stop: async (origin) => void allowed.delete(origin),
      allowAll: async () => (allowed.add('*'), true),
      stopAll: async () => void allowed.delete('*'),
      list: async () => [...allowed].filter((o) => o !== '*'),
    },
    settings: {
      get: async () => api.settingsValue,
      set: async (next) => void (api.settingsValue = next),
    },
    async exportFile(kind, { bom, reportedOnly, onProgress, signal }) {
      const blob =
        kind === 'rounds'
          ? await exportRoundsCsv(db, { bom, reportedOnly, onProgress, signal })
          : kind === 'facts'
            ? await exportFactsCsv(db, { bom, onProgress, signal })
            : await exportBackup(db, { onProgress });
      return { blob, name: kind === 'backup' ? 'dealmark-backup.json' : `${kind}.csv` };
    },
  };
  return api;
}

export function tabState(partial: Partial<TabState>): TabState {
  return { url: 'https://news.example/b', status: 'found', rounds: [], ...partial };
}
