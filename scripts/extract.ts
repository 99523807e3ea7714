// `tsx scripts/extract.ts FILE.html…` as before: the launcher is scripts/extract.mjs, which `npm run extract`
// runs with plain node (no tsx start-up). See there.
import { main } from './extract.mjs';

void main(process.argv.slice(2));
