// Per-site runs, as the popup and options page see them. The annotation work owns the real helpers
// (lib/sites: allowSite / stopSite / allowAllSites / sitesState: host permission + content-script
// registration); until they land this seam asks for the host permission only, so the popup works and only this
// file changes when they arrive.
import type { SiteAccess, SiteMode } from './api';

const ALL = ['http://*/*', 'https://*/*'];
const pattern = (origin: string) => `${origin}/*`;

export const browserSites: SiteAccess = {
  async mode(origin: string): Promise<SiteMode> {
    if (await browser.permissions.contains({ origins: ALL })) return 'all';
    return (await browser.permissions.contains({ origins: [pattern(origin)] })) ? 'always' : 'ask';
  },
  // Must run straight from the click: browsers only show the permission prompt during a user gesture.
  allow: (origin: string) => browser.permissions.request({ origins: [pattern(origin)] }),
  async stop(origin: string) {
    await browser.permissions.remove({ origins: [pattern(origin)] });
  },
  allowAll: () => browser.permissions.request({ origins: ALL }),
  async stopAll() {
    await browser.permissions.remove({ origins: ALL });
  },
  async list() {
    const { origins = [] } = await browser.permissions.getAll();
    return origins.filter((o) => !ALL.includes(o)).map((o) => o.replace(/\/\*$/, ''));
  },
};
