// Where a page's long tasks fall, with the extension and without, visit by visit: each long task's start and
// duration, DOMContentLoaded, load, and the extension's measures (start+duration, /L its longest slice).
// A page on the bench's long_task_pages list is looked at with this before anything is changed.
// npx tsx bench/longtasks.ts [--no-build] [--visits=N] readability/nytimes-1 corpus/<id> …
import { buildVariant, E2E_OUT } from './lib/build';
import { allPages, routesFor } from './lib/pages';
const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const N = Number(process.argv.find((a) => a.startsWith('--visits='))?.split('=')[1] ?? 3);
const longest = (m: { detail: unknown }): string => {
  const l = (m.detail as { longestMs?: unknown } | null)?.longestMs;
  return typeof l === 'number' ? `/L${l.toFixed(1)}` : '';
};

async function main() {
  if (!process.argv.includes('--no-build')) buildVariant('e2e', E2E_OUT);
  process.env.DEALMARK_OUT_DIR = E2E_OUT;
  const { launchChromium, serve } = await import('../tests/e2e/harness');
  const { pageProbeScript } = await import('./lib/page-probe');
  const { visit, LOCAL_ONLY_ARGS } = await import('./lib/visit');
  const pages = allPages().filter((p) => names.some((n) => `${p.set}/${p.name}` === n));
  const server = await serve(routesFor(pages));
  const on = await launchChromium({ args: LOCAL_ONLY_ARGS });
  const off = await launchChromium({ extension: false, args: LOCAL_ONLY_ARGS });
  for (const b of [on, off]) await b.ctx.addInitScript(pageProbeScript());
  const ton = await on.ctx.newPage();
  const toff = await off.ctx.newPage();
  for (const p of pages) {
    for (let k = 0; k < N; k++) {
      for (const side of k % 2 ? ['on', 'off'] : ['off', 'on']) {
        const r = await visit(side === 'on' ? on.ctx : off.ctx, server.origin + p.path, { tab: side === 'on' ? ton : toff, waitForExtension: side === 'on', timeoutMs: 10000, settleMs: 50 });
        const ms = r.measures.filter((m) => !m.name.includes('painted'));
        const first = ms.length ? Math.min(...ms.map((m) => m.start)) : null;
        const slices = r.measures.map((m) => `${m.name.slice(9)}:${m.start.toFixed(0)}+${m.duration.toFixed(1)}${longest(m)}`).join(' ');
        console.log(`${p.name} ${side} dcl=${r.dcl_ms?.toFixed(0)} load=${r.load_ms?.toFixed(0)} done=${r.done_ms?.toFixed(0)} lt=[${r.longtasks.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(',')}] ${side === 'on' ? `first=${first?.toFixed(0)} ${slices}` : ''}`);
      }
    }
  }
  await on.close();
  await off.close();
  await server.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
