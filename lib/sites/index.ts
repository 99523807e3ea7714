// "Always run on this site": the page-side helpers the popup and options page call. Each asks the browser
// for (or gives back) an optional host permission; the background watches permission changes and registers
// the content script for exactly the granted origins (lib/background/sites.ts). Nothing is granted at install.
//
// allowSite / allowAllSites must be called straight from a click: browsers only show the permission prompt
// during a user gesture, so they call permissions.request before any await.
import { browser } from 'wxt/browser';

export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** "https://news.example.com/a/b" or "https://news.example.com" → "https://news.example.com/*"; null for other schemes. */
export function originPattern(urlOrOrigin: string): string | null {
  try {
    const u = new URL(urlOrOrigin);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.origin}/*`;
  } catch {
    return null;
  }
}

export type SiteMode = 'all' | 'always' | 'ask';

export interface SitesState {
  /** Runs on every http/https page. */
  all: boolean;
  /** Origins the user allowed one by one ("https://example.com"). */
  origins: string[];
}

export function allowSite(origin: string): Promise<boolean> {
  const pattern = originPattern(origin);
  if (!pattern) return Promise.resolve(false);
  return browser.permissions.request({ origins: [pattern] });
}

export async function stopSite(origin: string): Promise<boolean> {
  const pattern = originPattern(origin);
  if (!pattern) return false;
  return browser.permissions.remove({ origins: [pattern] });
}

export function allowAllSites(): Promise<boolean> {
  return browser.permissions.request({ origins: ALL_SITES });
}

export function stopAllSites(): Promise<boolean> {
  return browser.permissions.remove({ origins: ALL_SITES });
}

/** Host permissions the manifest grants outright (only the test build has any): not the user's choices. */
function manifestHosts(): Set<string> {
  try {
    return new Set((browser.runtime.getManifest() as { host_permissions?: string[] }).host_permissions ?? []);
  } catch {
    return new Set();
  }
}

/** The user's granted site origins, from a permissions.getAll() answer. */
export function userOrigins(origins: readonly string[], fixed: ReadonlySet<string> = new Set()): SitesState {
  const all = ALL_SITES.every((p) => origins.includes(p)) || origins.includes('<all_urls>');
  const list = origins
    .filter((o) => !ALL_SITES.includes(o) && o !== '<all_urls>' && !fixed.has(o) && /^https?:\/\/[^*]+\/\*$/.test(o))
    .map((o) => o.replace(/\/\*$/, ''));
  return { all, origins: list };
}

export async function sitesState(): Promise<SitesState> {
  const { origins = [] } = await browser.permissions.getAll();
  return userOrigins(origins, manifestHosts());
}

export async function siteMode(origin: string): Promise<SiteMode> {
  const state = await sitesState();
  if (state.all) return 'all';
  const pattern = originPattern(origin);
  return pattern && state.origins.includes(pattern.replace(/\/\*$/, '')) ? 'always' : 'ask';
}

/** The same helpers in the shape the popup's SiteAccess seam expects. */
export const siteAccess = {
  mode: siteMode,
  allow: allowSite,
  stop: async (origin: string): Promise<void> => void (await stopSite(origin)),
  allowAll: allowAllSites,
  stopAll: async (): Promise<void> => void (await stopAllSites()),
  list: async (): Promise<string[]> => (await sitesState()).origins,
};
