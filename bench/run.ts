// npm run bench [-- --quick] [-- --no-build] [-- --visits=N]
// Builds the test and production variants, then measures Dealmark in headless Chromium with the extension and,
// in the same run, without it; prints a table (targets beside figures) and writes bench/results.json.
// Every figure with a natural baseline is also a ratio to it, measured in the same run, interleaved
// (bench/lib/ratio.ts): those ratios are what holds from one machine, or one busy minute, to the next.
// Wiring only: each measurement lives in bench/lib/<concept>.ts.

// Node has no IndexedDB: the store's own bench (step 5) runs on fake-indexeddb, slower than a browser's.
import 'fake-indexeddb/auto';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildVariant, E2E_OUT, PROD_OUT, ROOT } from './lib/build';
import { bundleSizes, totalOf } from './lib/bundle';
import { allPages, routesFor, SHARED, spread } from './lib/pages';
import { fmt, kb, printTable, type Row } from './lib/table';
import type { Summary } from './lib/stats';
import { ratioOf, type Pair, type Ratio } from './lib/ratio';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const noBuild = args.has('--no-build');
const visitsArg = process.argv.slice(2).find((a) => a.startsWith('--visits='));
// ≥ 3 visits per side: one noisy visit cannot put a page on the "adds a long task" list
const VISITS = visitsArg ? Math.max(1, Number(visitsArg.split('=')[1]) || 3) : 3;
const started = performance.now();
const log = (msg: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${msg}`);

async function main(): Promise<void> {
  const results: Record<string, unknown> = { generated: new Date().toISOString(), quick, notes: [] as string[] };
  const notes = results.notes as string[];
  const ratios: Record<string, Ratio> = {};
  results.machine = { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadavg_start: loadavg().map((x) => +x.toFixed(2)) };
  results.visits_per_side = VISITS;

  // 1. Builds (test variant drives the browser; production variant is what the sizes report).
  if (!noBuild) {
    log('building the test variant (DEALMARK_E2E=1) and the production variant…');
    const build = (variant: 'e2e' | 'prod', dir: string): number | null => {
      try {
        return Math.round(buildVariant(variant, dir));
      } catch (err) {
        // The tree is shared with engineers mid-edit: a broken build must not lose the whole run.
        if (!existsSync(join(dir, 'chrome-mv3/manifest.json'))) throw err;
        const first = String(err instanceof Error ? err.message : err).split('\n').find((l) => l.includes('ERROR')) ?? '';
        notes.push(`BUILD FAILED (${variant}): ${first.trim()} — measured the previous build in ${dir}`);
        log(`build ${variant} failed; using the previous build in ${dir}`);
        return null;
      }
    };
    results.build_ms = { e2e: build('e2e', E2E_OUT), prod: build('prod', PROD_OUT) };
  }
  const sizes = bundleSizes(join(PROD_OUT, 'chrome-mv3'));
  const content = totalOf(sizes.content);
  const popup = totalOf(sizes.popup);
  const background = totalOf(sizes.background);
  results.bundle_bytes = { content: content.raw, popup: popup.raw, background: background.raw, files: sizes };
  results.bundle_gzip_bytes = { content: content.gzip, popup: popup.gzip, background: background.gzip };

  // 2. The browser: harness reads the output folder when it is imported.
  process.env.DEALMARK_OUT_DIR = E2E_OUT;
  const { launchChromium, serve, tabIdOf } = await import('../tests/e2e/harness');
  const { pageProbeScript } = await import('./lib/page-probe');
  const { fromExtension, LOCAL_ONLY_ARGS, maxSliceMs, phaseMs } = await import('./lib/visit');
  const { runOnOff } = await import('./lib/onoff');
  const m = await import('./lib/metrics');
  const db = await import('./lib/db');
  const { timePopupAgainstEmpty } = await import('./lib/popup');

  let pages = allPages();
  if (pages.length === 0) notes.push(`no shared pages at ${SHARED}: page figures not measured`);
  if (quick) pages = spread(pages, 24);
  const funding = pages.find((p) => p.set === 'corpus' && p.kind === 'funding' && p.primaryRounds > 0);
  const server = await serve(routesFor(pages));
  const on = await launchChromium({ args: LOCAL_ONLY_ARGS });
  const off = await launchChromium({ extension: false, args: LOCAL_ONLY_ARGS });
  // The popup's baseline: the same extension over an empty database, in a profile of its own.
  const empty = await launchChromium({ args: LOCAL_ONLY_ARGS });
  let runs: Awaited<ReturnType<typeof runOnOff>> = [];
  try {
    for (const b of [on, off, empty]) await b.ctx.addInitScript(pageProbeScript());
    if (pages.length) {
      log(`${pages.length} pages × ${VISITS} visits, extension on and off…`);
      // One throw-away visit each: first-run costs of the browser are not the extension's.
      await runOnOff(on.ctx, off.ctx, server.origin, pages.slice(0, 1), { timeoutMs: 10_000, settleMs: 100 });
      runs = await runOnOff(on.ctx, off.ctx, server.origin, pages, {
        timeoutMs: 10_000,
        settleMs: 50,
        visits: VISITS,
        onProgress: (d, n) => {
          if (d % 100 === 0 || d === n) log(`  visits ${d}/${n} per side`);
        },
      });
    }
    const split = m.phaseSplit(runs);
    results.phases_ms = split;
    results.gate_ms = { p50: split.gate.p50, p95: split.gate.p95, max: split.gate.max, n: split.gate.n, non_articles: split.gate_non_articles };
    results.annotate_ms = { p50: split.annotate_main_thread.p50, p95: split.annotate_main_thread.p95, max: split.annotate_main_thread.max, n: split.annotate_main_thread.n };
    // the "never blocked > 16 ms by us": per visit, our longest slice (wall time, so a slice that waited
    // for a core or held a garbage collection counts whole), with the longest unit of work beside it
    results.main_thread_max_slice_ms = {
      p50: split.max_slice.p50, p95: split.max_slice.p95, max: split.max_slice.max, n: split.max_slice.n,
      visits_over_16ms: runs.flatMap((r) => r.ons).filter((v) => (maxSliceMs(v, [...m.MAIN_THREAD]) ?? 0) > 16).length,
      longest_unit: split.max_unit,
      by_phase_max: Object.fromEntries(Object.entries(split.max_slice_by_phase).map(([k, v]) => [k, v.max])),
    };
    ratios.page_load = ratioOf(m.loadPairs(runs), 'ms (sum of load events)', 'the same pages with the extension off');
    ratios.gate = ratioOf(m.floorPairs(runs, (v) => phaseMs(v, 'dealmark:gate')), 'ms (sum over pages)', 'document.body.innerText.length read once, same pages');
    ratios.annotate_main_thread = ratioOf(m.floorPairs(runs, m.annotateMs), 'ms (sum over pages)', 'document.body.innerText.length read once, same pages');
    results.time_to_highlight_ms = m.timeToHighlight(runs);
    results.time_to_highlight_phases_ms = m.timeToHighlightPhases(runs);
    // A page's own scripts put a long task in one visit or another (MathJax typesetting, an ad): a page flagged
    // after the visits above gets two more per side, and counts only if its median still shows one added.
    const firstPass = m.longTaskPagesAdded(runs);
    const flagged = runs.filter((r) => firstPass.pages.some((p) => p.startsWith(`${r.page.set}/${r.page.name} (`)));
    let ltRuns = runs;
    if (flagged.length) {
      log(`${flagged.length} page(s) with an added long task: 2 more visits per side to confirm…`);
      const again = await runOnOff(on.ctx, off.ctx, server.origin, flagged.map((r) => r.page), { timeoutMs: 10_000, settleMs: 50, visits: 2 });
      ltRuns = runs.map((r) => {
        const more = again.find((a) => a.page === r.page);
        return more ? { ...r, ons: [...r.ons, ...more.ons], offs: [...r.offs, ...more.offs] } : r;
      });
    }
    const added = m.longTaskPagesAdded(ltRuns);
    results.long_task_pages_added = added.count;
    results.long_task_pages = { ...added, first_pass: firstPass.pages };
    const lt = m.longTasks(runs);
    results.long_tasks = lt;
    const load = m.loadRatio(runs);
    results.load_ratio_on_off = load.median_ratio;
    results.load = load;
    results.growth = m.growth(runs);
    results.readability_routes = m.readabilityRoutes(runs);
    const statuses: Record<string, number> = {};
    for (const r of runs) statuses[m.status(r.on)] = (statuses[m.status(r.on)] ?? 0) + 1;
    results.statuses = statuses;
    results.claims_on_no_round_pages = runs
      .filter((r) => r.page.kind === 'negative' && m.primaryClaimed(r.on) > 0)
      .map((r) => `${r.page.set}/${r.page.name}: ${m.primaryClaimed(r.on)}`);
    results.page_failures = runs
      .map((r) => ({ r, ext: fromExtension([...r.on.pageErrors, ...r.on.consoleErrors], on.extensionId) }))
      .filter(({ r, ext }) => r.on.error || r.off.error || r.on.timedOut || ext.length)
      .map(({ r, ext }) => ({ page: `${r.page.set}/${r.page.name}`, on: r.on.error, off: r.off.error, timedOut: r.on.timedOut, extensionErrors: ext.slice(0, 3) }));
    // The store writes after the reply; the test build posts what it said.
    const saveError = (v: (typeof runs)[number]['on']): string | undefined => {
      try {
        return (JSON.parse(v.saved[v.saved.length - 1] ?? 'null') as { saveError?: string } | null)?.saveError;
      } catch {
        return undefined;
      }
    };
    results.save_errors = runs.filter((r) => saveError(r.on)).map((r) => `${r.page.set}/${r.page.name}: ${saveError(r.on)}`);
    results.per_page = runs.map((r) => ({
      page: `${r.page.set}/${r.page.name}`, bytes: r.page.bytes, elements: r.on.elements, status: m.status(r.on),
      annotate_ms: m.annotateMs(r.on), background: m.backgroundTimings(r.on), in_page: r.inPage,
      load_on: r.on.load_ms, load_off: r.off.load_ms, longtasks_on: r.on.longtasks.length, longtasks_off: r.off.longtasks.length,
      measures: r.on.measures.map((x) => `${x.name}=${x.duration.toFixed(2)}`),
    }));

    // 3. History at scale in the real extension database.
    log('seeding the extension database…');
    await db.installProbe(on.worker);
    await db.clearDb(on.worker);
    const seed10 = await db.seedRounds(on.worker, 10_000);
    const tabPage = await on.ctx.newPage();
    let tabId = -1;
    if (funding) {
      await tabPage.goto(server.origin + funding.path);
      await tabPage.waitForTimeout(1500);
      tabId = await tabIdOf(on, server.origin + funding.path);
    } else notes.push('no funding page to open the popup on: popup timed on an unknown tab');
    const popupUrl = `chrome-extension://${on.extensionId}/popup.html?tab=${tabId}`;
    // The empty profile shows the same page, so both popups describe one tab (its own rounds only).
    let emptyUrl = `chrome-extension://${empty.extensionId}/popup.html?tab=-1`;
    if (funding) {
      const t = await empty.ctx.newPage();
      await t.goto(server.origin + funding.path);
      await t.waitForTimeout(1500);
      emptyUrl = `chrome-extension://${empty.extensionId}/popup.html?tab=${await tabIdOf(empty, server.origin + funding.path)}`;
    }
    // 80 opens per side: one open's first paint moves by a frame or more (its rounds' ratios spread over
    // ×0.5–×1.9), so 40 per side left the trimmed means' ratio ±8% from one run to the next
    const popupRuns = quick ? 5 : 80;
    const full = { ctx: on.ctx, url: popupUrl };
    const none = { ctx: empty.ctx, url: emptyUrl };
    await timePopupAgainstEmpty(full, none, 3); // first opens load and compile the popup's code: not timed
    const p10 = await timePopupAgainstEmpty(full, none, popupRuns);
    ratios.popup_first_paint_10k = ratioOf(p10.pairs, 'ms (first contentful paint, trimmed mean)', 'the same popup over an empty database');
    const popup10 = p10.full;
    const hist10 = await db.timeCompanyHistory(on.worker, 10_000);
    let seed100: { ms: number } | null = null;
    let popup100: Awaited<ReturnType<typeof timePopupAgainstEmpty>>['full'] | null = null;
    let hist100: Awaited<ReturnType<typeof db.timeCompanyHistory>> | null = null;
    let csv100: Awaited<ReturnType<typeof db.timeCsvExport>> | null = null;
    let csv10: Awaited<ReturnType<typeof db.timeCsvExport>> | null = null;
    csv10 = await db.timeCsvExport(on.worker);
    if (!quick) {
      log('growing to 100,000 rounds…');
      seed100 = await db.seedRounds(on.worker, 100_000, 10_000);
      // 90,000 rounds were just written: the database settles (compaction) before the popup is timed over it,
      // or its first opens compete with that work on one side only
      await new Promise((ok) => setTimeout(ok, 3000));
      await timePopupAgainstEmpty(full, none, 3);
      const p100 = await timePopupAgainstEmpty(full, none, popupRuns);
      ratios.popup_first_paint_100k = ratioOf(p100.pairs, 'ms (first contentful paint, trimmed mean)', 'the same popup over an empty database');
      popup100 = p100.full;
      results.popup_empty = p100.empty;
      hist100 = await db.timeCompanyHistory(on.worker, 100_000);
      log('CSV of 100,000 rounds: our formatting, papaparse, the whole export…');
      const rows = await db.loadCsvRows(on.worker);
      // 7 rounds, the ratio their median
      const csv = await timeCsvAgainstPapa(on.worker, db, 7);
      ratios.csv_format_100k = ratioOf(csv.format, `ms (${rows} rows)`, 'papaparse.unparse of the same rows, same worker');
      ratios.csv_export_100k = ratioOf(csv.whole, `ms (${rows} rows, reading the database included)`, 'reading the same rounds from the database page by page, as the export does, same worker');
      csv100 = csv.last;
    } else {
      notes.push('--quick: 100,000-round figures not measured; CSV formatting timed over the 10,000 rounds');
      const rows = await db.loadCsvRows(on.worker);
      const csv = await timeCsvAgainstPapa(on.worker, db, 3);
      ratios.csv_format_10k = ratioOf(csv.format, `ms (${rows} rows)`, 'papaparse.unparse of the same rows, same worker');
    }
    results.db = { seed_10k_ms: Math.round(seed10.ms), seed_100k_ms: seed100 ? Math.round(seed100.ms) : null, plan: db.PLAN, popup_url: popupUrl,
      popup_10k: popup10, popup_100k: popup100, history_10k: hist10, history_100k: hist100, csv_10k: csv10, csv_100k: csv100 };
    results.popup_first_paint_ms = { '10k': popup10.first_contentful_paint_ms.p50, '100k': popup100?.first_contentful_paint_ms.p50 ?? null };
    results.popup_settled_ms = { '10k': popup10.settled_ms.p50, '100k': popup100?.settled_ms.p50 ?? null };
    results.company_history_ms_10k = hist10.ms.p50;
    results.company_history_ms_100k = hist100?.ms.p50 ?? null;
    results.csv_export_ms_10k = csv10 ? Math.round(csv10.ms) : null;
    results.csv_export_ms_100k = csv100 ? Math.round(csv100.ms) : null;
    await db.clearDb(on.worker).catch(() => undefined);
  } finally {
    await on.close();
    await off.close();
    await empty.close();
    await server.close();
  }

  // 3b. A reader's first page after a pause: the worker stopped before each visit (bench/lib/cold.ts), with
  // each page held back by a script of its own (the warm-up's head start) and served as it is.
  const coldPages = spread(pages.filter((p) => p.set === 'corpus' && p.kind === 'funding'), quick ? 6 : 14);
  if (coldPages.length) {
    log(`${coldPages.length} pages on a cold worker…`);
    const { benchCold } = await import('./lib/cold');
    const brief = (c: Awaited<ReturnType<typeof benchCold>>) => ({ slow_script_ms: c.slow_script_ms, cold: c.cold, warm: c.warm, cold_extract_ms: c.cold_extract_ms });
    results.time_to_highlight_cold_ms = {
      held_back: brief(await benchCold(coldPages, { build: false, slowScriptMs: 500 })),
      served_at_once: brief(await benchCold(coldPages, { build: false, slowScriptMs: 0 })),
    };
  }

  // 4. The extractor alone in Node.
  log('extractor in Node…');
  try {
    const { benchExtract } = await import('./extract');
    const ex = await benchExtract();
    results.extract = ex;
    results.extract_ms_per_article = ex.extract_ms_per_article ?? null;
    ratios.extract = ex.ratios.extract_vs_readability;
    ratios.cli = ex.ratios.cli_vs_readability;
    results.cli_pages_per_s = ex.cli_pages_per_s ?? null;
  } catch (err) {
    results.extract = { error: err instanceof Error ? err.message : String(err) };
    results.extract_ms_per_article = null;
    results.cli_pages_per_s = null;
  }
  try {
    const { benchStore } = await import('./store');
    // fake-indexeddb is pure JS and slow: 20,000 rounds show its shape; the browser figures above are at 100,000
    results.store_node = await benchStore({ rounds: 20_000 });
  } catch (err) {
    results.store_node = { error: err instanceof Error ? err.message : String(err) };
  }

  results.ratios = ratios;
  (results.machine as Record<string, unknown>).loadavg_end = loadavg().map((x) => +x.toFixed(2));
  results.runtime_s = Math.round((performance.now() - started) / 1000);
  printAll(results, runs.length);
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  log(`wrote bench/results.json (${results.runtime_s} s)`);
}

function printAll(r: Record<string, any>, pages: number): void {
  const s = (x: Summary | undefined) => (x && x.n ? `${fmt(x.p50, '', 2)} / ${fmt(x.p95, '', 2)} / ${fmt(x.max, '', 1)} ms` : 'n/a (not measured yet)');
  const over = (x: Summary | undefined) => `${x?.n ?? 0} of ${pages} pages, 1 run each`;
  const ph = r.phases_ms ?? {};
  const lt = r.long_tasks ?? {};
  const ro = r.readability_routes ?? { in_page: {}, off_thread: {} };
  const rows: Row[] = [
    { metric: 'gate, all pages (p50/p95/max)', value: s(ph.gate), target: '≤ 2 ms', ok: ph.gate?.n ? ph.gate.p95 <= 2 : undefined, over: over(ph.gate) },
    { metric: 'gate, non-articles', value: s(ph.gate_non_articles), target: '≤ 2 ms', ok: ph.gate_non_articles?.n ? ph.gate_non_articles.max <= 2 : undefined, over: over(ph.gate_non_articles) },
    { metric: 'serialize (outerHTML), main thread', value: s(ph.serialize), over: over(ph.serialize) },
    { metric: 'background: linkedom parse', value: s(ph.background_parse), over: over(ph.background_parse) },
    { metric: 'background: Readability', value: s(ph.readability), over: over(ph.readability) },
    { metric: 'background: extraction', value: s(ph.extraction), over: over(ph.extraction) },
    { metric: 'background: store', value: s(ph.store), over: over(ph.store) },
    { metric: 'anchoring + highlighting, main thread', value: s(ph.anchor_highlight), over: over(ph.anchor_highlight) },
    { metric: 'annotate, main thread total', value: s(ph.annotate_main_thread), target: 'p50 ≤ 40, p95 ≤ 120', ok: ph.annotate_main_thread?.n ? ph.annotate_main_thread.p50 <= 40 && ph.annotate_main_thread.p95 <= 120 : undefined, over: over(ph.annotate_main_thread) },
    { metric: 'longest main-thread slice', value: s(ph.max_slice), target: '≤ 16 ms', ok: ph.max_slice?.n ? ph.max_slice.max <= 16 : undefined, over: over(ph.max_slice) },
    { metric: 'longest unit of work in a slice', value: s(ph.max_unit), over: over(ph.max_unit) },
    { metric: 'dealmark:total (wall, start → highlights)', value: s(ph.total_wall), over: over(ph.total_wall) },
    { metric: 'load event → extension done (wall)', value: s(ph.done_after_load), over: over(ph.done_after_load) },
    { metric: 'long tasks > 50 ms, on vs off', value: `${lt.on ?? 'n/a'} vs ${lt.off ?? 'n/a'} (${fmt(lt.on_ms, '', 0)} vs ${fmt(lt.off_ms, '', 0)} ms)`, target: 'zero added', ok: lt.on === undefined ? undefined : lt.on <= lt.off, over: `${pages} pages × 1 visit each side` },
    { metric: 'long tasks inside the extension window', value: String(lt.in_extension_window ?? 'n/a'), target: '0', ok: lt.in_extension_window === undefined ? undefined : lt.in_extension_window === 0, over: `${pages} pages` },
    { metric: 'pages with more long tasks on than off', value: String(lt.pages_more_on_than_off?.length ?? 'n/a'), over: `${pages} pages` },
    { metric: 'load event on/off (median ratio)', value: `${fmt(r.load?.median_ratio, '', 3)} (sum ratio ${fmt(r.load?.sum_ratio, '', 3)})`, target: '≈ 1', over: `${r.load?.pages ?? 0} pages` },
    { metric: 'in-page: clone + Readability.parse (cold)', value: s(ro.in_page.main_thread_ms), over: `${ro.pages ?? 0} pages; ${ro.in_page.pages_over_50ms ?? 'n/a'} over 50 ms` },
    { metric: 'in-page: parse warm (2nd run)', value: s(ro.in_page.parse_warm_ms), over: `${ro.pages ?? 0} pages` },
    { metric: 'in-page: isProbablyReaderable', value: s(ro.in_page.readerable_ms), over: `${ro.pages ?? 0} pages` },
    { metric: 'off-thread: outerHTML + message string', value: s(ro.off_thread.main_thread_ms), over: `${ro.pages ?? 0} pages; ${ro.off_thread.pages_over_50ms ?? 'n/a'} over 50 ms` },
    { metric: 'off-thread: background parse + Readability', value: s(ro.off_thread.background_parse_plus_readability_ms), over: `${ro.off_thread.background_pages ?? 0} pages` },
    { metric: 'extractor in Node, per article', value: r.extract_ms_per_article === null ? `n/a (${r.extract?.error})` : fmt(r.extract_ms_per_article, 'ms', 3), over: r.extract?.pages ? `${r.extract.pages} corpus articles × 20 runs` : '' },
    { metric: 'CLI pages/s (process start included)', value: r.cli_pages_per_s === null ? 'n/a' : `${r.cli_pages_per_s}`, over: r.extract?.pages ? `${r.extract.pages} pages, 1 run` : '' },
    { metric: 'popup first contentful paint, 10k rounds', value: fmt(r.popup_first_paint_ms?.['10k']), target: '≤ 100 ms', ok: r.popup_first_paint_ms?.['10k'] == null ? undefined : r.popup_first_paint_ms['10k'] <= 100, over: `p50 of ${r.db?.popup_10k?.first_contentful_paint_ms?.n ?? 0} opens` },
    { metric: 'popup first contentful paint, 100k rounds', value: fmt(r.popup_first_paint_ms?.['100k']), target: '≤ 100 ms', ok: r.popup_first_paint_ms?.['100k'] == null ? undefined : r.popup_first_paint_ms['100k'] <= 100, over: `p50 of ${r.db?.popup_100k?.first_contentful_paint_ms?.n ?? 0} opens` },
    { metric: 'popup settled (last DOM change), 10k / 100k', value: `${fmt(r.popup_settled_ms?.['10k'], '', 0)} / ${fmt(r.popup_settled_ms?.['100k'], '', 0)} ms`, over: 'p50, same opens' },
    { metric: 'company history, 10k / 100k rounds', value: `${fmt(r.company_history_ms_10k, '', 2)} / ${fmt(r.company_history_ms_100k, '', 2)} ms`, over: `p50 of 30 companies (${r.db?.history_100k?.rounds_per_company?.p50 ?? r.db?.history_10k?.rounds_per_company?.p50 ?? '?'} rounds each)` },
    { metric: 'CSV export (rounds.csv), 10k / 100k', value: `${fmt(r.csv_export_ms_10k, '', 0)} / ${fmt(r.csv_export_ms_100k, '', 0)} ms`, target: '≤ 2000 ms at 100k', ok: r.csv_export_ms_100k == null ? undefined : r.csv_export_ms_100k <= 2000, over: `1 run each, ${r.db?.csv_100k ? kb(r.db.csv_100k.bytes) : ''}` },
    { metric: 'content script, gzip (raw)', value: `${kb(r.bundle_gzip_bytes.content)} (${kb(r.bundle_bytes.content)})`, target: '≤ 25 KB gzip', ok: r.bundle_gzip_bytes.content <= 25 * 1024, over: 'production build' },
    { metric: 'popup, gzip (raw)', value: `${kb(r.bundle_gzip_bytes.popup)} (${kb(r.bundle_bytes.popup)})`, over: 'popup.html + its chunks' },
    { metric: 'background, gzip (raw)', value: `${kb(r.bundle_gzip_bytes.background)} (${kb(r.bundle_bytes.background)})`, over: 'background.js' },
  ];
  printTable(`Dealmark bench — ${r.quick ? 'QUICK subset' : 'full run'}, ${pages} pages, ${r.generated}`, rows);
  printRatios(r);
  const g = r.growth;
  if (g) {
    const gr = (x: any): Row => ({
      metric: `${x.bucket} (${x.pages})`,
      value: `annotate ${fmt(x.annotate_main_ms.p50, '', 1)}/${fmt(x.annotate_main_ms.max, '', 1)}`,
      target: `bg ${fmt(x.background_ms.p50, '', 0)}/${fmt(x.background_ms.max, '', 0)}`,
      over: `in-page parse ${fmt(x.inpage_parse_ms.p50, '', 1)}/${fmt(x.inpage_parse_ms.max, '', 1)} · serialize ${fmt(x.serialize_ms.p50, '', 1)}/${fmt(x.serialize_ms.max, '', 1)} ms (p50/max)`,
    });
    printTable('Growth with page size (ms, p50/max; bg = background parse+Readability+extract)', [...g.by_bytes.map(gr), ...g.by_elements.map(gr)]);
  }
  if (r.claims_on_no_round_pages?.length) console.log(`\nPrimary rounds claimed on pages that report none: ${r.claims_on_no_round_pages.join('; ')}`);
  if (r.long_tasks?.pages_more_on_than_off?.length) console.log(`Pages with more long tasks on than off: ${r.long_tasks.pages_more_on_than_off.join('; ')}`);
  if (r.page_failures?.length) console.log(`Page problems: ${JSON.stringify(r.page_failures).slice(0, 1500)}`);
  if (r.save_errors?.length) console.log(`Rounds found but not saved (${r.save_errors.length}): ${r.save_errors.slice(0, 5).join('; ')}`);
  if (r.statuses) console.log(`Extension replies: ${JSON.stringify(r.statuses)}`);
  for (const n of r.notes) console.log(`note: ${n}`);
}

const RATIO_TARGETS: Record<string, number> = { csv_format_100k: 1.5, popup_first_paint_100k: 1.5 };

function printRatios(r: Record<string, any>): void {
  const tth = r.time_to_highlight_ms;
  const m = r.machine ?? {};
  const rows: Row[] = Object.entries((r.ratios ?? {}) as Record<string, Ratio>).map(([name, x]) => ({
    metric: name,
    value: `×${fmt(x.ratio, '', 3)}  (${fmt(x.value, '', 1)} vs ${fmt(x.baseline, '', 1)} ${x.unit})`,
    target: RATIO_TARGETS[name] ? `≤ ×${RATIO_TARGETS[name]}` : undefined,
    ok: RATIO_TARGETS[name] && x.ratio !== null ? x.ratio <= RATIO_TARGETS[name]! : undefined,
    over: `${x.runs} rounds, spread ${fmt(x.spread, '', 3)}; vs ${x.against}`,
  }));
  if (tth) rows.push({
    metric: 'time to highlight, document_idle → painted',
    value: `${fmt(tth.p50, '', 1)} / ${fmt(tth.p95, '', 1)} / ${fmt(tth.max, '', 1)} ms`,
    target: 'p95 ≤ 100, max ≤ 300',
    ok: tth.pages ? tth.p95 <= 100 && tth.max <= 300 : undefined,
    over: `${tth.pages} highlighted pages, median of ${r.visits_per_side} visits each (p50/p95/max)`,
  });
  if (r.long_task_pages_added !== undefined) rows.push({
    metric: 'pages where the extension adds a long task',
    value: String(r.long_task_pages_added), target: '0', ok: r.long_task_pages_added === 0,
    over: `median of ${r.visits_per_side} visits per side`,
  });
  const ph = r.time_to_highlight_phases_ms;
  if (ph?.visits) {
    printTable(`Time to highlight by phase (wall ms, p50 / p95 / max over ${ph.visits} highlighted visits)`,
      Object.entries(ph.phases as Record<string, Summary>).map(([k, x]) => ({ metric: k, value: `${fmt(x.p50, '', 1)} / ${fmt(x.p95, '', 1)} / ${fmt(x.max, '', 1)}` })));
  }
  printTable(`Ratios to a baseline measured in the same run (${m.cores} cores, ${m.cpu}; load ${m.loadavg_start?.join(' ')} → ${m.loadavg_end?.join(' ')})`, rows);
}

type Db = typeof import('./lib/db');
type Worker = import('playwright-core').Worker;

/**
 * Our CSV formatting against papaparse, and the whole export against reading the same rounds from the
 * database (the export's own floor: both wait on IndexedDB alike, so a busy machine moves both), in rotating
 * order.
 */
async function timeCsvAgainstPapa(worker: Worker, db: Db, rounds: number) {
  const format: Pair[] = [];
  const whole: Pair[] = [];
  let last: Awaited<ReturnType<Db['timeCsvExport']>> | null = null;
  await db.timeCsvFormats(worker); // warms both formatters
  for (let r = 0; r < rounds; r++) {
    // the formatters take turns chunk by chunk inside one call (probe-entry.ts); the whole export and its
    // baseline (the database read alone) alternate which goes first
    const f = await db.timeCsvFormats(worker);
    format.push({ a: f.ours, b: f.papa });
    let exported: number;
    let read: number;
    if (r % 2) {
      read = (await db.timeStoreRead(worker)).ms;
      exported = (last = await db.timeCsvExport(worker)).ms;
    } else {
      exported = (last = await db.timeCsvExport(worker)).ms;
      read = (await db.timeStoreRead(worker)).ms;
    }
    whole.push({ a: exported, b: read });
  }
  return { format, whole, last: last as Awaited<ReturnType<Db['timeCsvExport']>> | null };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
