// The cold-worker time to highlight on its own (bench/lib/cold.ts), page by page.
// npx tsx bench/cold-tth.ts [--no-build] [--pages=N] [--slow-script=MS] [name-substring…]
import { benchCold } from './lib/cold';
import { allPages, spread } from './lib/pages';

const argv = process.argv.slice(2);
const names = argv.filter((a) => !a.startsWith('--'));
const flag = (name: string, dflt: number): number => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt);

async function main() {
  let pages = allPages();
  if (names.length) pages = pages.filter((p) => names.some((n) => `${p.set}/${p.name}`.includes(n)));
  else pages = spread(pages.filter((p) => p.set === 'corpus' && p.kind === 'funding'), flag('pages', 20));
  const r = await benchCold(pages, { build: !argv.includes('--no-build'), slowScriptMs: flag('slow-script', 0) });
  for (const v of r.visits) {
    console.log(`${v.page.slice(0, 56).padEnd(56)} cold ${v.cold_ms?.toFixed(1)} (extract ${v.cold_extract_ms?.toFixed(1)}) warm ${v.warm_ms?.toFixed(1)}`);
  }
  console.log(`cold worker: ${JSON.stringify(r.cold)}`);
  console.log(`cold extract: ${JSON.stringify(r.cold_extract_ms)}`);
  console.log(`warm worker: ${JSON.stringify(r.warm)}`);
}
main().catch((e) => { console.error(e); process.exit(1); });
