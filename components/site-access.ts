// Per-site runs as the popup and options page see them: the annotation work's helpers (lib/sites), which ask
// for the optional host permission; the background registers the content script for granted origins.
import { siteAccess } from '../lib/sites';
import type { SiteAccess } from './api';

export const browserSites: SiteAccess = siteAccess;
