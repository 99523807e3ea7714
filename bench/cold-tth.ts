// Time to highlight when the extension's service worker has to start first — the common case for a
// reader: Chrome stops an idle worker after 30 s, so the first page after a pause wakes it, and the
// extractor's first run in a fresh worker pays for compiling its patterns. Each page is visited once with
// the worker stopped just before (CDP ServiceWorker.stopAllWorkers), then once warm, interleaved.
// npx tsx bench/cold-tth.ts [--no-build] [--pages=N] [name-substring…]
import { allPages, spread } from './lib/pages';
import { probedBrowser } from './lib/probed-browser';
import { summarize } from './lib/stats';

const argv = process.argv.slice(2);
const names = argv.filter((a) => !a.startsWith('--'));
const P = Number(argv.find((a) => a.startsWith('--pages='))?.split('=')[1] ?? 20);
// A news page is seldom idle as soon as it arrives: its scripts hold it back. With --slow-script=MS each
// page opens with a script the server answers MS late (the worker wakes when the page commits, so this is
// the head start a warm-up gets; 127.0.0.1 pages alone give it none).
const SLOW_SCRIPT = Number(argv.find((a) => a.startsWith('--slow-script='))?.split('=')[1] ?? 0);

async function main() {
  const { highlightMs, highlightPhases } = await import('./lib/metrics');
  let pages = allPages();
  if (names.length) pages = pages.filter((p) => names.some((n) => `${p.set}/${p.name}`.includes(n)));
  else pages = spread(pages.filter((p) => p.set === 'corpus' && p.kind === 'funding'), P);
  const browser = await probedBrowser(pages, !argv.includes('--no-build'), SLOW_SCRIPT);
  const cdp = await browser.ctx.newCDPSession(browser.tab);
  await cdp.send('ServiceWorker.enable');
  const cold: number[] = [];
  const warm: number[] = [];
  const extractCold: number[] = [];
  for (const p of pages) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    const c = await browser.open(p);
    const w = await browser.open(p);
    const bg = c.measures.find((m) => m.name === 'dealmark:background')?.detail as Record<string, number> | undefined;
    const ce = bg?.extract_ms;
    const ph = highlightPhases(c);
    if (ph && bg?.received_at && bg.sent_at && bg.replied_at && bg.reply_at) {
      ph.to_background = bg.received_at - bg.sent_at;
      ph.to_page = bg.reply_at - bg.replied_at;
    }
    if (ph) console.log('   ', Object.entries(ph).filter(([, v]) => v >= 5).map(([k, v]) => `${k}=${v.toFixed(0)}`).join(' '));
    const [cm, wm] = [highlightMs(c), highlightMs(w)];
    console.log(`${p.name.slice(0, 50).padEnd(50)} cold ${cm?.toFixed(1)} (extract ${ce?.toFixed(1)}) warm ${wm?.toFixed(1)}`);
    if (cm !== null) cold.push(cm);
    if (wm !== null) warm.push(wm);
    if (ce !== undefined) extractCold.push(ce);
  }
  await browser.close();
  console.log(`cold worker: ${JSON.stringify(summarize(cold))}`);
  console.log(`cold extract: ${JSON.stringify(summarize(extractCold))}`);
  console.log(`warm worker: ${JSON.stringify(summarize(warm))}`);
}
main().catch((e) => { console.error(e); process.exit(1); });
