// CLI: npm run --silent extract -- FILE.html [FILE.html ...] [--pretty]
// One JSON line per page in the corpus contract (../shared/corpus/FORMAT.md); a page that fails still
// gets its line, with "rounds": [] and an "error". Exit code is non-zero only for usage errors.
import fs from 'node:fs';
import { readArticle } from '../lib/article/index';
import { parseHtml } from '../lib/article/parse-html';
import { extract } from '../lib/extract/index';
import type { Round } from '../lib/model';

const MAX_BYTES = 8 * 1024 * 1024;

export function toContract(r: Round) {
  return {
    primary: r.primary,
    company: r.company,
    stage: r.stage,
    amount: r.amount,
    valuation: r.valuation,
    lead_investors: r.investors.filter((i) => i.role === 'lead').map((i) => i.name),
    investors: r.investors.filter((i) => i.role !== 'lead').map((i) => i.name),
    date: r.date,
    confidence: Math.round(r.confidence * 100) / 100,
    evidence: r.evidence.map((e) => ({ kind: e.kind, text: e.text, paragraph: e.paragraph, start: e.start, end: e.end })),
  };
}

export function extractFile(file: string): Record<string, unknown> {
  try {
    const stat = fs.statSync(file);
    let html = fs.readFileSync(file, stat.size > MAX_BYTES ? undefined : 'utf8') as string | Buffer;
    if (typeof html !== 'string') html = html.subarray(0, MAX_BYTES).toString('utf8');
    const doc = parseHtml(html);
    const article = readArticle(doc);
    if (!article) return { file, rounds: [], error: 'no readable article' };
    const ex = extract(article);
    const out: Record<string, unknown> = { file, rounds: ex.rounds.map(toContract) };
    if (ex.notFunding) out.not_funding = ex.notFunding;
    return out;
  } catch (e) {
    return { file, rounds: [], error: e instanceof Error ? e.message : String(e) };
  }
}

function main(argv: string[]): number {
  const pretty = argv.includes('--pretty');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (!files.length) {
    process.stderr.write('usage: npm run --silent extract -- FILE.html [FILE.html ...] [--pretty]\n');
    return 2;
  }
  for (const f of files) {
    const out = extractFile(f);
    process.stdout.write((pretty ? JSON.stringify(out, null, 2) : JSON.stringify(out)) + '\n');
  }
  return 0;
}

const isMain = process.argv[1] && /extract\.ts$/.test(process.argv[1]) && !process.argv[1].includes('bench');
if (isMain) process.exitCode = main(process.argv.slice(2));
