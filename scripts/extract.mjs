#!/usr/bin/env node
// CLI: npm run --silent extract -- FILE.html [FILE.html ...] [--pretty]
// The work lives in lib/extract/cli.ts. This launcher is plain JavaScript run by node itself: starting tsx
// (its loader, esbuild) cost about half a second on every call, a sixth of a whole corpus run. It runs the
// work from a bundle built once per source change (node_modules/.cache/dealmark-extract): transpiling some
// forty TypeScript modules and loading linkedom's many files on every call cost more than reading the pages
// themselves. Any failure to bundle falls back to the TypeScript sources through tsx, so the output never
// depends on the cache. `tsx scripts/extract.ts` still works: it calls main() below.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'lib/extract/cli.ts');

/** A key that changes whenever a source the bundle holds (or a dependency) changes. */
export function sourceKey() {
  const h = crypto.createHash('sha1');
  const files = [path.join(root, 'lib/model.ts'), path.join(root, 'package-lock.json')];
  // every lib folder the extractor imports (lib/extract reads lib/names for company identity)
  for (const dir of ['lib/extract', 'lib/article', 'lib/names']) {
    if (!fs.existsSync(path.join(root, dir))) continue;
    const all = fs.readdirSync(path.join(root, dir), { recursive: true }).map(String).sort();
    for (const f of all) if (/\.(?:ts|json)$/.test(f) && !f.endsWith('.test.ts')) files.push(path.join(root, dir, f));
  }
  for (const f of files) {
    try { const st = fs.statSync(f); h.update(`${f}:${st.size}:${st.mtimeMs};`); } catch { h.update(`${f}:missing;`); }
  }
  return h.digest('hex').slice(0, 16);
}

/** The TypeScript sources, through tsx (slow to start; only when there is no bundle). */
async function sources() {
  const { register } = await import('tsx/esm/api');
  register();
  const m = await import(pathToFileURL(entry).href);
  return { runCli: m.runCli };
}

/** @returns {Promise<{ runCli(argv: string[]): number; runCliParallel?(argv: string[]): Promise<number> }>} */
export async function loadCli() {
  if (process.env.DEALMARK_NO_BUNDLE) return sources();
  try {
    const dir = path.join(root, 'node_modules/.cache/dealmark-extract');
    const out = path.join(dir, `${sourceKey()}.mjs`);
    if (!fs.existsSync(out)) {
      const esbuild = await import('esbuild');
      fs.mkdirSync(dir, { recursive: true });
      const tmp = `${out}.${process.pid}.tmp`;
      esbuild.buildSync({
        entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: tmp, logLevel: 'silent',
        // linkedom's optional canvas support does a CommonJS require; give the ESM bundle one
        banner: { js: "import { createRequire as __dmCreateRequire } from 'node:module'; const require = __dmCreateRequire(import.meta.url);" },
      });
      fs.renameSync(tmp, out); // atomic: a parallel run sees either no bundle or a whole one
      for (const f of fs.readdirSync(dir)) if (f !== path.basename(out) && !f.endsWith('.tmp')) fs.rmSync(path.join(dir, f), { force: true });
    }
    const url = pathToFileURL(out).href;
    const mod = await import(url);
    // workers can load the bundle as plain JavaScript; the TypeScript sources would need tsx in each worker
    return { runCli: (argv) => mod.runCli(argv), runCliParallel: (argv) => mod.runCliParallel(argv, url) };
  } catch {
    return sources();
  }
}

/** @param {string[]} argv */
export async function main(argv) {
  try {
    const cli = await loadCli();
    process.exitCode = cli.runCliParallel ? await cli.runCliParallel(argv) : cli.runCli(argv);
  } catch (e) {
    process.stderr.write(`${e}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
