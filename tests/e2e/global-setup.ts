// Builds the test variant of the extension once for all browser suites: DEALMARK_E2E=1 lets the content
// script run on 127.0.0.1/localhost pages without a click. Same output folders as the production build.
import { execSync } from 'node:child_process';
import { ROOT } from './harness';

export default function setup(): void {
  if (process.env.DEALMARK_SKIP_BUILD === '1') return;
  const env = { ...process.env, DEALMARK_E2E: '1' };
  execSync('npx wxt build', { cwd: ROOT, env, stdio: 'ignore' });
  execSync('npx wxt build -b firefox --mv3', { cwd: ROOT, env, stdio: 'ignore' });
}
