// Builds the two variants the bench needs into folders of its own, so a bench run never races another
// engineer's build in .output: the test variant (content script runs on 127.0.0.1) is what the browser
// runs; the production variant is what users install, so its files are what the bundle sizes report.
import { execSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
// One pair of folders per checkout: two worktrees benching at once must not measure each other's build.
const tag = createHash('sha1').update(ROOT).digest('hex').slice(0, 8);
export const E2E_OUT = join(tmpdir(), `dealmark-bench-e2e-${tag}`);
export const PROD_OUT = join(tmpdir(), `dealmark-bench-prod-${tag}`);

/** Builds into a staging folder and swaps it in only on success, so a failed build keeps the previous one. */
export function buildVariant(variant: 'e2e' | 'prod', outDir: string): number {
  const staging = `${outDir}.next`;
  rmSync(staging, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, DEALMARK_OUT_DIR: staging };
  if (variant === 'e2e') env.DEALMARK_E2E = '1';
  else delete env.DEALMARK_E2E;
  const t0 = performance.now();
  try {
    execSync('npx wxt build', { cwd: ROOT, env, stdio: 'pipe' });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`wxt build (${variant}) failed:\n${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`);
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(staging, outDir);
  return performance.now() - t0;
}
