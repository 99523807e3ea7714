// The pages the bench and the robustness suite load: ../shared/corpus/dev/<id>/page.html (with its labels)
// and ../shared/pages/readability/<name>.html, served on 127.0.0.1 under /corpus/<id>.html and /readability/<name>.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '../../../shared');
export const CORPUS_DIR = join(SHARED, 'corpus/dev');
export const READABILITY_DIR = join(SHARED, 'pages/readability');

export interface BenchPage {
  set: 'corpus' | 'readability';
  name: string;
  file: string;
  path: string;
  bytes: number;
  /** Corpus label: funding or negative; readability pages report no round. */
  kind: 'funding' | 'negative';
  primaryRounds: number;
}

export function corpusPages(): BenchPage[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((id) => existsSync(join(CORPUS_DIR, id, 'page.html')))
    .sort()
    .map((id) => {
      const file = join(CORPUS_DIR, id, 'page.html');
      let kind: BenchPage['kind'] = 'funding';
      let primaryRounds = 0;
      try {
        const labels = JSON.parse(readFileSync(join(CORPUS_DIR, id, 'labels.json'), 'utf8'));
        kind = labels.kind === 'negative' ? 'negative' : 'funding';
        primaryRounds = (labels.rounds ?? []).filter((r: { primary?: boolean }) => r.primary).length;
      } catch {
        // No labels: treated as a funding page with unknown rounds.
      }
      return { set: 'corpus' as const, name: id, file, path: `/corpus/${id}.html`, bytes: statSync(file).size, kind, primaryRounds };
    });
}

export function readabilityPages(): BenchPage[] {
  if (!existsSync(READABILITY_DIR)) return [];
  return readdirSync(READABILITY_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const file = join(READABILITY_DIR, f);
      return { set: 'readability' as const, name: f.replace(/\.html$/, ''), file, path: `/readability/${f}`, bytes: statSync(file).size, kind: 'negative' as const, primaryRounds: 0 };
    });
}

export const allPages = (): BenchPage[] => [...corpusPages(), ...readabilityPages()];

export function routesFor(pages: BenchPage[]): Record<string, { file: string }> {
  return Object.fromEntries(pages.map((p) => [p.path, { file: p.file }]));
}

/**
 * The same pages, each opening with a parser-blocking script the server answers `ms` late — as a news site's
 * tag manager or ad script holds its page back from being idle (127.0.0.1 otherwise answers at once).
 */
export function routesWithSlowScript(pages: BenchPage[], ms: number): Record<string, { body: string; type?: string; delayMs?: number }> {
  const tag = '<script src="/__slow-script.js"></script>';
  const withTag = (html: string) => (/<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (h) => h + tag) : tag + html);
  return {
    ...Object.fromEntries(pages.map((p) => [p.path, { body: withTag(readFileSync(p.file, 'utf8')) }])),
    '/__slow-script.js': { body: '', type: 'text/javascript', delayMs: ms },
  };
}

/** An evenly spread subset (by size order) for --quick runs. */
export function spread<T extends { bytes: number }>(pages: T[], n: number): T[] {
  if (pages.length <= n) return pages;
  const sorted = [...pages].sort((a, b) => a.bytes - b.bytes);
  return Array.from({ length: n }, (_, k) => sorted[Math.floor((k * (sorted.length - 1)) / (n - 1))]!);
}
