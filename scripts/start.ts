// `npm start`: build Dealmark and open Chromium with it on the bundled sample article.
// Without a display or a Chromium (a server, CI) it still builds, then says plainly that no browser opens, where
// the build is to load by hand, and prints the sample's facts instead of hanging.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../tests/e2e/harness';

const root = resolve(import.meta.dirname, '..');
const sample = join(root, 'tests/fixtures/sample-article.html');

function printFacts(): void {
  execSync(`npx tsx scripts/extract.ts --pretty ${JSON.stringify(sample)}`, { cwd: root, stdio: 'inherit' });
}

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const browser = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .find((p) => p && existsSync(p));

const ext = join(root, '.output/chrome-mv3');
console.log(
  hasDisplay && browser
    ? `Building Dealmark, then opening ${browser} with it on the bundled sample article.`
    : `Building Dealmark into ${ext}. No browser will open: ${
        !hasDisplay ? 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)' : "no Chromium was found (install Debian's chromium, or set CHROMIUM_PATH)"
      }.`,
);
// The local demo build runs on 127.0.0.1 pages without a click (the same switch the browser tests use).
execSync('npx wxt build', { cwd: root, stdio: 'inherit', env: { ...process.env, DEALMARK_E2E: '1' } });

if (!hasDisplay || !browser) {
  console.log(`\nBuilt ${ext} (the test variant: it also runs on 127.0.0.1 pages). Load it unpacked on a machine with a display.`);
  console.log('Here are the funding facts it reads from the bundled sample article:\n');
  printFacts();
  process.exit(0);
}

const server = await serve({ '/sample-article.html': { file: sample } });
const url = server.url('/sample-article.html');
const profile = mkdtempSync(join(tmpdir(), 'dealmark-start-'));
console.log(`Opening ${url} in ${browser} with Dealmark loaded. Close the browser to stop.`);
const child = spawn(browser, [
  `--user-data-dir=${profile}`, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
  '--no-first-run', '--disable-background-networking', url,
], { stdio: 'ignore' });
child.on('exit', async () => {
  await server.close();
  process.exit(0);
});
