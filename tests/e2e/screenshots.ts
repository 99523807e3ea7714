// Where browser tests put their screenshots. The README's pictures in docs/screenshots are tracked files, so a
// plain `npm test` must not rewrite them: they are refreshed only by `npm run screenshots`
// (DEALMARK_SCREENSHOTS=1). Otherwise the shots still get taken (a broken page still fails the test) into a
// temporary folder.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness';

let scratch: string | undefined;

/** The path to write screenshot `name` (e.g. "popup.png") to. */
export function screenshotPath(name: string): string {
  if (process.env.DEALMARK_SCREENSHOTS === '1') {
    const dir = join(ROOT, 'docs/screenshots');
    mkdirSync(dir, { recursive: true });
    return join(dir, name);
  }
  scratch ??= mkdtempSync(join(tmpdir(), 'dealmark-shots-'));
  return join(scratch, name);
}
