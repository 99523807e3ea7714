// Where the time to highlight goes, visit by visit, with the extension only (no off side, no popup): the
// quick loop for working on the highlight path. Prints per-phase p50/p95/max and the slowest visits.
// npx tsx bench/tth.ts [--no-build] [--visits=N] [--pages=N] [name-substring…]
import { allPages, spread } from './lib/pages';
import { probedBrowser } from './lib/probed-browser';
import { summarize } from './lib/stats';

const argv = process.argv.slice(2);
const names = argv.filter((a) => !a.startsWith('--'));
const N = Number(argv.find((a) => a.startsWith('--visits='))?.split('=')[1] ?? 2);
const P = Number(argv.find((a) => a.startsWith('--pages='))?.split('=')[1] ?? 40);

async function main() {
  const { highlightMs, highlightPhases, MAIN_THREAD } = await import('./lib/metrics');
  const { phaseMs } = await import('./lib/visit');
  const slicePhase = new Map<string, number>();
  let pages = allPages();
  if (names.length) pages = pages.filter((p) => names.some((n) => `${p.set}/${p.name}`.includes(n)));
  else pages = spread(pages.filter((p) => p.set === 'corpus' && p.kind === 'funding'), P);
  const browser = await probedBrowser(pages, !argv.includes('--no-build'));
  const rows: { page: string; ms: number; ph: Record<string, number> }[] = [];
  const slices: number[] = [];
  for (let k = 0; k < N; k++) {
    for (const p of pages) {
      const r = await browser.open(p);
      const ms = highlightMs(r);
      let longest = 0;
      let longestIn = '';
      for (const m of r.measures) {
        if (!(MAIN_THREAD as readonly string[]).includes(m.name)) continue;
        const l = (m.detail as { longestMs?: number } | null)?.longestMs;
        const d = typeof l === 'number' ? l : m.duration;
        if (d > longest) [longest, longestIn] = [d, m.name.slice(9)];
      }
      slices.push(longest);
      slicePhase.set(longestIn, (slicePhase.get(longestIn) ?? 0) + 1);
      if (longest > 16) console.log(`  longest slice ${longest.toFixed(1)} ms in ${longestIn}: ${p.name}`);
      const bg = r.measures.find((m) => m.name === 'dealmark:background')?.detail as Record<string, number> | undefined;
      const send = phaseMs(r, 'dealmark:send');
      const ph = highlightPhases(r);
      if (ms === null || !ph) continue;
      if (bg?.received_at && bg.sent_at && bg.replied_at && bg.reply_at) {
        ph.to_background = bg.received_at - bg.sent_at;
        ph.handler_other = (bg.handler_ms ?? 0) - (bg.parse_ms + bg.readability_ms + bg.extract_ms);
        ph.edited = bg.edited_ms ?? 0;
        ph.to_page = bg.reply_at - bg.replied_at;
      }
      if (send !== null) ph.send_sync = send;
      rows.push({ page: p.name, ms, ph });
    }
  }
  await browser.close();
  const s = summarize(rows.map((r) => r.ms));
  console.log(`longest slice by phase (visits): ${JSON.stringify(Object.fromEntries(slicePhase))}`);
  console.log(`time to highlight over ${rows.length} visits: ${s.p50} / ${s.p95} / ${s.max} ms; longest slice ${JSON.stringify(summarize(slices))}`);
  for (const n of Object.keys(rows[0]?.ph ?? {})) {
    const x = summarize(rows.map((r) => r.ph[n] ?? 0));
    console.log(`  ${n.padEnd(24)} ${x.p50} / ${x.p95} / ${x.max}`);
  }
  for (const r of [...rows].sort((a, b) => b.ms - a.ms).slice(0, 6)) {
    console.log(`${r.page.slice(0, 50)} ${r.ms.toFixed(1)} ${Object.entries(r.ph).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(' ')}`);
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
