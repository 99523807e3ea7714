// The quick bench loops' shared setup (bench/tth.ts, bench/slices-trace.ts): the test build, a server for the
// pages and one Chromium with the extension and the page probe, one tab, and a visit that waits for the extension.
import { buildVariant, E2E_OUT } from './build';
import { routesFor, type BenchPage } from './pages';

export async function probedBrowser(pages: BenchPage[], build: boolean) {
  if (build) buildVariant('e2e', E2E_OUT);
  // the harness reads the output folder when it is imported
  process.env.DEALMARK_OUT_DIR = E2E_OUT;
  const { launchChromium, serve } = await import('../../tests/e2e/harness');
  const { pageProbeScript } = await import('./page-probe');
  const { visit, LOCAL_ONLY_ARGS } = await import('./visit');
  const server = await serve(routesFor(pages));
  const on = await launchChromium({ args: LOCAL_ONLY_ARGS });
  await on.ctx.addInitScript(pageProbeScript());
  const tab = await on.ctx.newPage();
  const open = (p: BenchPage) => visit(on.ctx, server.origin + p.path, { tab, waitForExtension: true, timeoutMs: 10000, settleMs: 50 });
  const close = async (): Promise<void> => { await on.close(); await server.close(); };
  return { ctx: on.ctx, tab, open, close };
}
