// Per-site automatic runs ("Always run on this site"): the content script is registered with
// scripting.registerContentScripts for exactly the origins the user granted (optional host permissions),
// re-synced at every service-worker start and whenever a permission is added or removed. Revoking a
// permission unregisters it. Nothing runs anywhere by default.
import { browser } from 'wxt/browser';
import { ALL_SITES, userOrigins } from '../sites';

export const SCRIPT_ID = 'dealmark-sites';
export const CONTENT_JS = 'content-scripts/content.js';

/** The match patterns the content script should be registered for, given all granted origins. */
export function patternsFor(granted: readonly string[], fixed: ReadonlySet<string>): string[] {
  const state = userOrigins(granted, fixed);
  if (state.all) return [...ALL_SITES];
  return state.origins.map((o) => `${o}/*`);
}

function manifestHosts(): Set<string> {
  return new Set((browser.runtime.getManifest() as { host_permissions?: string[] }).host_permissions ?? []);
}

let syncing: Promise<void> = Promise.resolve();

/** Makes the registered content script match the granted origins (serialized: events can arrive together). */
export function syncSites(): Promise<void> {
  syncing = syncing.then(doSync, doSync);
  return syncing;
}

async function doSync(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = patternsFor(origins, manifestHosts());
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (!matches.length) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, matches, js: [CONTENT_JS], runAt: 'document_idle' as const, allFrames: false };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** A newly allowed site starts working in its open tabs at once, not only after a reload. */
async function runInOpenTabs(origins: readonly string[]): Promise<void> {
  const patterns = origins.filter((o) => /^https?:\/\//.test(o) || o === '<all_urls>');
  if (!patterns.length) return;
  const tabs = await browser.tabs.query({ url: patterns });
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    // A second injection replaces the first cleanly (the old context is invalidated), so this is safe.
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_JS] }).catch(() => undefined);
  }
}

export function watchSites(): void {
  const quiet = (p: Promise<unknown>) => void p.catch(() => undefined);
  quiet(syncSites());
  browser.runtime.onStartup?.addListener(() => quiet(syncSites()));
  browser.permissions.onAdded.addListener((p) => {
    quiet(syncSites().then(() => runInOpenTabs(p.origins ?? [])));
  });
  browser.permissions.onRemoved.addListener(() => quiet(syncSites()));
}
