// The CLI's baseline as a process of its own: node starts, loads linkedom and Readability, and parses each
// page given on the command line with Readability's own parse. Plain JavaScript run by node, like the CLI's
// launcher (scripts/extract.mjs): process start is in both figures, and neither pays a TypeScript loader,
// so the ratio compares the work, not how each process was started.
// node bench/lib/readability-pass.mjs FILE.html…
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

let parsed = 0;
for (const f of process.argv.slice(2)) {
  if (new Readability(parseHTML(readFileSync(f, 'utf8')).document).parse()) parsed++;
}
process.stdout.write(`${parsed}\n`);
