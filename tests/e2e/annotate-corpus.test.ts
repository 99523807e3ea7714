// Coverage on the labelled corpus (../shared/corpus/dev): every page served on 127.0.0.1 to real Chromium with
// the built test extension; how many of the labelled primary rounds' amounts, leads, investors and valuations
// end up under a registered highlight. Negative pages must get no primary highlight, no page may raise an
// error, and the DOM may change only by our <dealmark-ui> host. Without ../shared the suite says so and skips.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMoney } from '../../lib/extract';
import { COVERAGE_FLOORS, DEV_FLOORS } from '../floors';
import { launchChromium, serve, SHARED, sharedAvailable, type ExtensionBrowser, type StaticServer } from './harness';

const DEV = join(SHARED, 'corpus/dev');
const READABILITY = join(SHARED, 'pages/readability');

interface Labels {
  kind: 'funding' | 'negative';
  rounds: {
    primary: boolean;
    amount: { value: number; currency: string; alt?: { value: number; currency: string } } | null;
    valuation: { value: number; currency: string } | null;
    lead_investors: string[][];
    investors: string[][];
  }[];
}

const RECORDER = () => {
  const w = window as any;
  w.__dmMutations = [] as string[];
  w.__dmReply = null;
  window.addEventListener('message', (e) => { if (e.data?.source === 'dealmark') w.__dmReply = e.data.reply; });
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((recs) => {
      for (const r of recs) {
        w.__dmMutations.push(r.type === 'childList'
          ? `${r.type}:${(r.target as Element).nodeName}:+${[...r.addedNodes].map((n) => n.nodeName).join(',')}:-${[...r.removedNodes].map((n) => n.nodeName).join(',')}`
          : `${r.type}:${(r.target as Element).nodeName}:${r.attributeName ?? ''}`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
};

/** Waits until the content script is done with the page (gate failed, nothing found, or highlights registered). */
async function settled(p: Page): Promise<void> {
  await expect
    .poll(() => p.evaluate(() => {
      const gate = performance.getEntriesByName('dealmark:gate')[0] as PerformanceMeasure | undefined;
      if (!gate) return false;
      if (!(gate.detail as { pass: boolean }).pass) return true;
      const reply = (window as any).__dmReply;
      if (!reply) return false;
      const r = JSON.parse(reply);
      if (!r?.ok || !r.value.rounds.length) return true;
      return performance.getEntriesByName('dealmark:total').length > 0;
    }), { timeout: 30_000, interval: 100 })
    .toBe(true);
}

async function highlightTexts(p: Page): Promise<Record<string, string[]>> {
  return p.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of (CSS as any).highlights as Map<string, Set<Range>>) {
      if (name.startsWith('dealmark-')) out[name] = [...h].map((r) => r.toString());
    }
    return out;
  });
}

const norm = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/\b(?:inc|ltd|llc|plc|gmbh|corp|co|sa|ag|limited|the)\b\.?/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A label's accepted names against highlighted texts: equal after normalizing, or one containing the other as whole words. */
function nameCovered(names: string[], texts: string[]): boolean {
  const ts = texts.map(norm).filter(Boolean);
  return names.map(norm).some((n) => ts.some((t) => t === n || ` ${t} `.includes(` ${n} `) || ` ${n} `.includes(` ${t} `)));
}

function moneyCovered(m: { value: number; alt?: { value: number } }, texts: string[]): boolean {
  const values = [m.value, m.alt?.value].filter((v): v is number => !!v);
  return texts.some((t) =>
    findMoney(t).some((f) => values.some((v) => Math.abs(f.money.value - v) <= v * 0.01 || (f.high !== undefined && Math.abs(f.high - v) <= v * 0.01))),
  );
}

const PRIMARY_NAMES = ['dealmark-amount', 'dealmark-valuation', 'dealmark-stage', 'dealmark-company', 'dealmark-lead', 'dealmark-investor'];

describe.skipIf(!sharedAvailable())('annotation coverage on the labelled corpus', () => {
  let b: ExtensionBrowser;
  let server: StaticServer;
  const ids = sharedAvailable() ? readdirSync(DEV).filter((d) => existsSync(join(DEV, d, 'labels.json'))).sort() : [];

  beforeAll(async () => {
    const routes: Record<string, { file: string }> = {};
    for (const id of ids) routes[`/${id}.html`] = { file: join(DEV, id, 'page.html') };
    if (existsSync(READABILITY)) for (const f of readdirSync(READABILITY)) routes[`/readability/${f}`] = { file: join(READABILITY, f) };
    server = await serve(routes);
    b = await launchChromium();
    // Pages only ever reach 127.0.0.1: everything else they ask for is refused at once.
    await b.ctx.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function visit(path: string) {
    const p = await b.ctx.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.addInitScript(RECORDER);
    await p.goto(server.url(path), { waitUntil: 'load', timeout: 30_000 });
    await settled(p);
    const h = await highlightTexts(p);
    const mutations: string[] = await p.evaluate(() => (window as any).__dmMutations);
    const gateMs = await p.evaluate(() => performance.getEntriesByName('dealmark:gate')[0]?.duration ?? -1);
    const anchor = await p.evaluate(() => (performance.getEntriesByName('dealmark:anchor')[0] as PerformanceMeasure | undefined)?.detail as { anchored: number; skipped: number; longestMs: number } | undefined);
    await p.close();
    return { h, errors, mutations, gateMs, anchor };
  }

  it('covers the labelled primary facts with highlights; negative pages stay within the extractor floor', async () => {
    const tally = { amount: [0, 0], lead: [0, 0], investor: [0, 0], valuation: [0, 0] };
    const misses: string[] = [];
    const negativesClaimed: string[] = [];
    const ours: string[] = [];
    const gateMs: number[] = [];
    const anchorTally = { anchored: 0, skipped: 0, longestMs: 0 };
    for (const id of ids) {
      const labels: Labels = JSON.parse(readFileSync(join(DEV, id, 'labels.json'), 'utf8'));
      const { h, mutations, gateMs: g, anchor } = await visit(`/${id}.html`);
      gateMs.push(g);
      if (anchor) {
        anchorTally.anchored += anchor.anchored;
        anchorTally.skipped += anchor.skipped;
        anchorTally.longestMs = Math.max(anchorTally.longestMs, anchor.longestMs);
      }
      // Our only DOM change would be the host; no card is opened here, so any mention of ours is a failure.
      for (const m of mutations) if (/DEALMARK/i.test(m)) ours.push(`${id}: ${m}`);
      const primaryTexts = PRIMARY_NAMES.flatMap((n) => h[n] ?? []);
      if (labels.kind === 'negative') {
        if (primaryTexts.length) negativesClaimed.push(`${id}: ${primaryTexts.slice(0, 4).join(' | ')}`);
        continue;
      }
      for (const r of labels.rounds.filter((x) => x.primary)) {
        const count = (field: keyof typeof tally, ok: boolean, what: string) => {
          tally[field][1]++;
          if (ok) tally[field][0]++;
          else misses.push(`${id} ${field}: ${what}`);
        };
        if (r.amount) count('amount', moneyCovered(r.amount, h['dealmark-amount'] ?? []), String(r.amount.value));
        if (r.valuation) count('valuation', moneyCovered(r.valuation, h['dealmark-valuation'] ?? []), String(r.valuation.value));
        for (const names of r.lead_investors) count('lead', nameCovered(names, [...(h['dealmark-lead'] ?? []), ...(h['dealmark-investor'] ?? [])]), names[0]!);
        for (const names of r.investors) count('investor', nameCovered(names, [...(h['dealmark-investor'] ?? []), ...(h['dealmark-lead'] ?? [])]), names[0]!);
      }
    }
    const pct = (f: keyof typeof tally) => (tally[f][1] ? tally[f][0] / tally[f][1] : 1);
    gateMs.sort((x, y) => x - y);
    console.log(
      `[annotate-corpus] ${ids.length} pages — covered: ` +
        (Object.keys(tally) as (keyof typeof tally)[]).map((f) => `${f} ${tally[f][0]}/${tally[f][1]} (${Math.round(pct(f) * 100)}%)`).join(', ') +
        `; gate p50 ${gateMs[gateMs.length >> 1]?.toFixed(2)} ms, p90 ${gateMs[Math.floor(gateMs.length * 0.9)]?.toFixed(2)} ms, max ${gateMs.at(-1)?.toFixed(2)} ms` +
        `; evidence anchored ${anchorTally.anchored}, skipped ${anchorTally.skipped}, longest anchor slice ${anchorTally.longestMs.toFixed(1)} ms` +
        `\n  misses:\n    ${misses.join('\n    ')}` +
        (negativesClaimed.length ? `\n  negative pages with primary highlights:\n    ${negativesClaimed.join('\n    ')}` : ''),
    );
    expect(ours).toEqual([]);
    // the extractor's own score test holds the same bound on the same pages; most misses are facts it did not find
    expect(negativesClaimed.length).toBeLessThanOrEqual(DEV_FLOORS.negativesClaimed);
    expect(pct('amount')).toBeGreaterThanOrEqual(COVERAGE_FLOORS.amount);
    expect(pct('lead')).toBeGreaterThanOrEqual(COVERAGE_FLOORS.lead);
    expect(pct('investor')).toBeGreaterThanOrEqual(COVERAGE_FLOORS.investor);
    expect(pct('valuation')).toBeGreaterThanOrEqual(COVERAGE_FLOORS.valuation);
  }, 900_000);

  it.skipIf(!existsSync(READABILITY))('on 130 real pages: no error, no DOM change of ours, and report any primary round claimed', async () => {
    const claimed: string[] = [];
    const errors: string[] = [];
    const ours: string[] = [];
    const files = readdirSync(READABILITY).filter((f) => f.endsWith('.html')).sort();
    for (const f of files) {
      const r = await visit(`/readability/${f}`);
      const primary = PRIMARY_NAMES.flatMap((n) => r.h[n] ?? []);
      if (primary.length) claimed.push(`${f}: ${primary.slice(0, 5).join(' | ')}`);
      errors.push(...r.errors.map((e) => `${f}: ${e}`));
      for (const m of r.mutations) if (/DEALMARK/i.test(m)) ours.push(`${f}: ${m}`);
    }
    console.log(`[annotate-corpus] readability pages: ${files.length}, with primary highlights: ${claimed.length}\n    ${claimed.join('\n    ')}`);
    expect(ours).toEqual([]);
    expect(claimed).toEqual([]);
    // Page errors here come from the pages' own scripts failing without their network; ours would name dealmark.
    expect(errors.filter((e) => /dealmark/i.test(e))).toEqual([]);
  }, 1_800_000);
});

// Registered only when the corpus is missing: a skipped test with this name would claim it is missing when it is not.
if (!sharedAvailable()) {
  describe('annotation coverage (no corpus)', () => {
    it('was not measured: ../shared/corpus/dev is not on this machine', () => {
      console.log('[annotate-corpus] ../shared/corpus/dev is absent: coverage was not measured');
    });
  });
}
