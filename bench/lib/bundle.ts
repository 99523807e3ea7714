// Bundle sizes of a built extension, raw and gzip (level 9, as a store or CDN would serve it).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  content: FileSize[];
  popup: FileSize[];
  background: FileSize[];
  total: { raw: number; gzip: number };
}

function size(dir: string, file: string): FileSize {
  const buf = readFileSync(join(dir, file));
  return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, base) : [relative(base, p)];
  });
}

/**
 * content: content-scripts/*.js (and .css); background: background.js; popup: popup.html plus every script
 * and stylesheet it loads (its entry chunk and the chunks that entry imports, e.g. the shared jsx runtime).
 */
export function bundleSizes(dir: string): BundleSizes {
  const files = walk(dir);
  const content = files.filter((f) => f.startsWith('content-scripts/') && /\.(js|css)$/.test(f)).map((f) => size(dir, f));
  const background = files.filter((f) => f === 'background.js').map((f) => size(dir, f));
  const popup: FileSize[] = [];
  if (existsSync(join(dir, 'popup.html'))) {
    popup.push(size(dir, 'popup.html'));
    const seen = new Set<string>();
    const queue: string[] = [];
    const html = readFileSync(join(dir, 'popup.html'), 'utf8');
    for (const m of html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) queue.push(m[1]!);
    while (queue.length) {
      const f = queue.shift()!;
      if (seen.has(f) || !existsSync(join(dir, f))) continue;
      seen.add(f);
      popup.push(size(dir, f));
      if (f.endsWith('.js')) {
        const src = readFileSync(join(dir, f), 'utf8');
        for (const m of src.matchAll(/(?:from|import)\s*\(?\s*["']\.{0,2}\/?((?:chunks\/)?[\w.-]+\.js)["']/g)) {
          const name = m[1]!.startsWith('chunks/') ? m[1]! : `chunks/${m[1]!}`;
          queue.push(name);
        }
      }
    }
  }
  const all = files.filter((f) => /\.(js|css|html)$/.test(f)).map((f) => size(dir, f));
  return {
    content,
    popup,
    background,
    total: { raw: all.reduce((a, f) => a + f.raw, 0), gzip: all.reduce((a, f) => a + f.gzip, 0) },
  };
}

export const totalOf = (fs: FileSize[]) => ({
  raw: fs.reduce((a, f) => a + f.raw, 0),
  gzip: fs.reduce((a, f) => a + f.gzip, 0),
});
