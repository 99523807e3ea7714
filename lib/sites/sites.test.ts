import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fake of the few browser APIs the sites code uses: granted origins and registered scripts.
const state = { granted: [] as string[], scripts: new Map<string, { id: string; matches: string[]; js: string[] }>(), manifestHosts: [] as string[] };
const fake = {
  runtime: { getManifest: () => ({ host_permissions: state.manifestHosts }), onStartup: { addListener: vi.fn() } },
  permissions: {
    getAll: async () => ({ origins: [...state.granted] }),
    request: vi.fn(async ({ origins }: { origins: string[] }) => { state.granted.push(...origins); return true; }),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => { state.granted = state.granted.filter((o) => !origins.includes(o)); return true; }),
    onAdded: { addListener: vi.fn() },
    onRemoved: { addListener: vi.fn() },
  },
  scripting: {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.filter((i) => state.scripts.has(i)).map((i) => state.scripts.get(i)!),
    registerContentScripts: async (s: { id: string; matches: string[]; js: string[] }[]) => s.forEach((x) => state.scripts.set(x.id, x)),
    updateContentScripts: async (s: { id: string; matches: string[]; js: string[] }[]) => s.forEach((x) => state.scripts.set(x.id, x)),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((i) => state.scripts.delete(i)),
    executeScript: vi.fn(async () => []),
  },
  tabs: { query: async () => [] },
};
vi.mock('wxt/browser', () => ({ browser: fake }));

const { allowSite, stopSite, allowAllSites, sitesState, siteMode, originPattern } = await import('./index');
const { syncSites, SCRIPT_ID } = await import('../background/sites');

describe('per-site runs', () => {
  beforeEach(() => {
    state.granted = [];
    state.scripts.clear();
    state.manifestHosts = [];
  });

  it('turns a page URL into its origin pattern, and refuses other schemes', () => {
    expect(originPattern('https://news.example.com/a/b?c')).toBe('https://news.example.com/*');
    expect(originPattern('file:///tmp/x.html')).toBeNull();
    expect(originPattern('chrome://extensions')).toBeNull();
  });

  it('registers the content script for exactly the allowed origins, and unregisters when revoked', async () => {
    expect(await allowSite('https://news.example.com/story')).toBe(true);
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ['https://news.example.com/*'] });
    await syncSites();
    expect(state.scripts.get(SCRIPT_ID)?.matches).toEqual(['https://news.example.com/*']);
    expect(state.scripts.get(SCRIPT_ID)?.js).toEqual(['content-scripts/content.js']);
    expect(await siteMode('https://news.example.com')).toBe('always');
    expect(await siteMode('https://other.example.org')).toBe('ask');

    await allowSite('http://blog.example.net');
    await syncSites();
    expect(state.scripts.get(SCRIPT_ID)?.matches).toEqual(['https://news.example.com/*', 'http://blog.example.net/*']);

    await stopSite('https://news.example.com');
    await stopSite('http://blog.example.net');
    await syncSites();
    expect(state.scripts.has(SCRIPT_ID)).toBe(false);
  });

  it('"run on all sites" registers for all http/https pages', async () => {
    await allowAllSites();
    await syncSites();
    expect(state.scripts.get(SCRIPT_ID)?.matches).toEqual(['http://*/*', 'https://*/*']);
    expect(await sitesState()).toEqual({ all: true, origins: [] });
    expect(await siteMode('https://anything.example')).toBe('all');
  });

  it('ignores host permissions the manifest grants (the test build), which have their own content script', async () => {
    state.manifestHosts = ['http://127.0.0.1/*'];
    state.granted = ['http://127.0.0.1/*'];
    await syncSites();
    expect(state.scripts.has(SCRIPT_ID)).toBe(false);
    expect((await sitesState()).origins).toEqual([]);
  });
});
