// The real-browser harness every end-to-end suite reuses: the built extension in Debian's Chromium
// (playwright-core) or Firefox ESR (puppeteer-core), and pages served on 127.0.0.1 only.
import { createServer, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, extname } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT_DIR = resolve(ROOT, process.env.DEALMARK_OUT_DIR ?? '.output');
export const CHROME_DIR = join(OUT_DIR, 'chrome-mv3');
export const FIREFOX_DIR = join(OUT_DIR, 'firefox-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const SHARED = resolve(ROOT, '../shared');

export interface ExtensionBrowser {
  ctx: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchChromium(opts: { headless?: boolean; extension?: boolean; args?: string[] } = {}): Promise<ExtensionBrowser> {
  const userDir = mkdtempSync(join(tmpdir(), 'dealmark-chromium-'));
  const withExtension = opts.extension !== false;
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    ...(withExtension ? [`--disable-extensions-except=${CHROME_DIR}`, `--load-extension=${CHROME_DIR}`] : []),
    ...(opts.args ?? []),
  ];
  const ctx = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    args,
    viewport: { width: 1200, height: 900 },
  });
  const close = async () => {
    await ctx.close().catch(() => undefined);
    rmSync(userDir, { recursive: true, force: true });
  };
  if (!withExtension) return { ctx, extensionId: '', worker: undefined as unknown as Worker, close };
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return { ctx, extensionId, worker, close };
}

export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves routes on 127.0.0.1 (never another address): a map of path → body or file, or a handler.
 * Unknown paths get a plain 404 so pages that reference missing assets still load quickly.
 */
export async function serve(
  routes: Record<string, string | { file: string; delayMs?: number } | { body: string; type?: string; headers?: Record<string, string>; delayMs?: number }>,
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const route = routes[path];
    // a route may answer late, as a distant site would
    if (route && typeof route === 'object' && 'delayMs' in route && route.delayMs) {
      setTimeout(() => answer(route, res), route.delayMs);
      return;
    }
    answer(route, res);
  });
  const answer = (route: (typeof routes)[string] | undefined, res: ServerResponse): void => {
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof route === 'string') {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(route);
    } else if ('file' in route) {
      if (!existsSync(route.file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(route.file)] ?? 'application/octet-stream' });
      res.end(readFileSync(route.file));
    } else {
      res.writeHead(200, { 'content-type': route.type ?? TYPES['.html']!, ...route.headers }).end(route.body);
    }
  };
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p) => origin + p,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

/** The id of the tab showing `url`, asked from the extension (Playwright pages don't expose tab ids). */
export async function tabIdOf(b: ExtensionBrowser, url: string): Promise<number> {
  return b.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t: { url?: string }) => t.url === u);
    if (!tab?.id) throw new Error(`no tab for ${u}`);
    return tab.id;
  }, url);
}

export const sharedAvailable = (): boolean => existsSync(join(SHARED, 'corpus/dev'));

// The service worker's own `chrome` global, for functions evaluated inside it.
declare global {
  // eslint-disable-next-line no-var
  var chrome: any;
}

/**
 * Firefox ESR through puppeteer-core (Playwright cannot drive Debian's Firefox). Returns the browser
 * with the built Firefox extension installed as a temporary add-on.
 */
export async function launchFirefox() {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  const addonId = await browser.installExtension(FIREFOX_DIR);
  return { browser, addonId, close: () => browser.close().catch(() => undefined) };
}
