// What our long main-thread slices are made of: visits pages with a Chromium trace running and prints every
// task of the page's main thread over 8 ms inside the extension's work window, with its CPU time (a task whose
// wall time is far above its CPU time waited for a core) and the garbage collections inside it.
// npx tsx bench/slices-trace.ts [--no-build] [--visits=N] [--over=MS] name-substring…
import type { CDPSession } from 'playwright-core';
import { allPages } from './lib/pages';
import { probedBrowser } from './lib/probed-browser';

const argv = process.argv.slice(2);
const names = argv.filter((a) => !a.startsWith('--'));
const N = Number(argv.find((a) => a.startsWith('--visits='))?.split('=')[1] ?? 2);
const OVER = Number(argv.find((a) => a.startsWith('--over='))?.split('=')[1] ?? 8);

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; cat: string; args?: Record<string, unknown> }

const CATEGORIES = ['toplevel', 'v8', 'devtools.timeline', 'disabled-by-default-v8.gc', 'blink.user_timing', '__metadata'].join(',');

async function traced(session: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => session.once('Tracing.tracingComplete', () => ok()));
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await run();
  await session.send('Tracing.end');
  await done;
  return events;
}

const GC = /^(MinorGC|MajorGC|V8\.GC_SCAVENGER|V8\.GC_MC_|V8\.GCScavenger|V8\.GCFinalizeMC|V8\.GC_MARK_COMPACTOR|V8\.GCIncrementalMarking|V8\.GC_MC_INCREMENTAL)/;

async function main() {
  const pages = allPages().filter((p) => names.some((n) => `${p.set}/${p.name}`.includes(n)));
  const browser = await probedBrowser(pages, !argv.includes('--no-build'));
  const tab = browser.tab;
  const session = await browser.ctx.newCDPSession(tab);
  for (let k = 0; k < N; k++) {
    for (const p of pages) {
      const events = await traced(session, async () => {
        await browser.open(p);
      });
      // the renderer main thread is the one our user-timing marks are on
      const mark = events.find((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('dealmark:'));
      if (!mark) {
        console.log(`${p.name}: no dealmark marks in the trace`);
        continue;
      }
      const main = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid);
      const ours = main.filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('dealmark:'));
      const from = Math.min(...ours.map((e) => e.ts));
      const to = Math.max(...ours.map((e) => e.ts + (e.dur ?? 0)));
      const tasks = main.filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'))
        .filter((e) => e.ts >= from - 1000 && e.ts <= to && (e.dur ?? 0) / 1000 > OVER);
      const marks = ours.filter((e) => e.ph === 'b' || e.ph === 'X' || e.ph === 'R' || e.ph === 'I').map((e) => `${e.name.slice(9)}@${((e.ts - from) / 1000).toFixed(0)}`);
      console.log(`${p.name}: ${[...new Set(marks)].join(' ')}`);
      for (const t of tasks) {
        const inside = main.filter((e) => e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && e !== t);
        const gcs = inside.filter((e) => GC.test(e.name)).map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
        const top = inside.filter((e) => (e.dur ?? 0) / 1000 > 1 && !GC.test(e.name)).slice(0, 6).map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
        console.log(`${p.name} +${((t.ts - from) / 1000).toFixed(0)} ms: task ${((t.dur ?? 0) / 1000).toFixed(1)} ms wall, ${((t.tdur ?? 0) / 1000).toFixed(1)} ms CPU; gc [${gcs.join(', ')}]; ${top.join(', ')}`);
      }
    }
  }
  await browser.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
