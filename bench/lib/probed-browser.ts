// The quick bench loops' shared setup (bench/tth.ts, bench/slices-trace.ts): the test build, a server for the
// pages and one Chromium with the extension and the page probe, one tab, and a visit that waits for the extension.
import { buildVariant, E2E_OUT } from './build';
import { routesFor, routesWithSlowScript, type BenchPage } from './pages';

/** `slowScriptMs`: each page waits that long for a script of its own before it can be idle (routesWithSlowScript). */
export async function probedBrowser(pages: BenchPage[], build: boolean, slowScriptMs = 0) {
  if (build) buildVariant('e2e', E2E_OUT);
  // the harness reads the output folder when it is imported
  process.env.DEALMARK_OUT_DIR = E2E_OUT;
  const { launchChromium, serve } = await import('../../tests/e2e/harness');
  const { pageProbeScript } = await import('./page-probe');
  const { visit, LOCAL_ONLY_ARGS } = await import('./visit');
  const server = await serve(slowScriptMs ? routesWithSlowScript(pages, slowScriptMs) : routesFor(pages));
  const on = await launchChromium({ args: LOCAL_ONLY_ARGS });
  await on.ctx.addInitScript(pageProbeScript());
  const tab = await on.ctx.newPage();
  const open = (p: BenchPage) => visit(on.ctx, server.origin + p.path, { tab, waitForExtension: true, timeoutMs: 10000, settleMs: 50 });
  const close = async (): Promise<void> => { await on.close(); await server.close(); };
  return { ctx: on.ctx, tab, open, close };
}
