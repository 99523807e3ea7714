// "Always run on this site" / "Stop on this site": whether Dealmark reads this site's pages by itself.
import { useEffect, useState } from 'preact/hooks';
import type { SiteAccess, SiteMode } from './api';
import { errorText } from './text';

export function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

export function SiteControls({ sites, url }: { sites: SiteAccess; url: string | null }) {
  const origin = originOf(url);
  const [mode, setMode] = useState<SiteMode | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (origin) sites.mode(origin).then(setMode, () => setMode('ask'));
  }, [origin]);
  if (!origin) return null;
  const host = new URL(origin).host;
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      setMode(await sites.mode(origin));
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div class="dm-site">
      {mode === 'all' ? (
        <p class="dm-muted">Dealmark reads every site by itself (see Options).</p>
      ) : mode === 'always' ? (
        <>
          <span class="dm-muted">{`Runs by itself on ${host}.`}</span>{' '}
          <button type="button" onClick={() => run(() => sites.stop(origin))}>Stop on this site</button>
        </>
      ) : mode === 'ask' ? (
        <button type="button" onClick={() => run(async () => {
          if (!(await sites.allow(origin))) throw new Error(`The browser did not allow access to ${host}; nothing changed.`);
        })}>
          Always run on this site
        </button>
      ) : null}
      {error ? <p class="dm-error" role="alert">{error}</p> : null}
    </div>
  );
}
