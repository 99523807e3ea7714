// The user's settings, kept in the browser's extension storage (not IndexedDB: they are tiny, sync across the
// user's browsers, and are read by the content script too). Each item is versioned: when a shape changes,
// bump its version and add a migration instead of renaming the key.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_HIGHLIGHT, HIGHLIGHT_SETTING_KEY, type HighlightSettings } from './settings-defaults';

export * from './settings-defaults';

/** Which fact kinds are highlighted and how. v1. */
export const highlightSetting = storage.defineItem<HighlightSettings>(`sync:${HIGHLIGHT_SETTING_KEY}`, {
  fallback: DEFAULT_HIGHLIGHT,
  version: 1,
});

/** Start CSV files with a UTF-8 byte-order mark so Excel reads accents and ₹/€/¥ (default on). v1. */
export const csvBomSetting = storage.defineItem<boolean>('sync:csvBom', {
  fallback: true,
  version: 1,
});
