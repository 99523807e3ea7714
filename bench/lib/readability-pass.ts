// The CLI's baseline as a process of its own: node starts, loads linkedom and Readability, and parses each
// page given on the command line with Readability's own parse. Process start is in both figures, so the
// ratio compares the work, not how busy the machine was when each process started.
// node --import tsx bench/lib/readability-pass.ts FILE.html…
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

let parsed = 0;
for (const f of process.argv.slice(2)) {
  if (new Readability(parseHTML(readFileSync(f, 'utf8')).document as unknown as Document).parse()) parsed++;
}
process.stdout.write(`${parsed}\n`);
