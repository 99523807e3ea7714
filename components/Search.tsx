// Search saved companies and investors as you type. Each keystroke waits for a short pause (debounce), then
// runs the store's prefix search (one index range per kind, so it stays fast at 100,000 rounds). Answers that
// arrive after a newer query are dropped.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../lib/store';
import type { DealmarkApi } from './api';
import { errorText, plural } from './text';

export const SEARCH_DEBOUNCE_MS = 120;

export function Search(props: { api: DealmarkApi; onCompany: (id: number) => void; onInvestor: (id: number) => void }) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ q: string; companies: SearchHit[]; investors: SearchHit[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResult(null);
      return;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      const t0 = performance.now();
      try {
        const [companies, investors] = await Promise.all([props.api.searchCompanies(q, 6), props.api.searchInvestors(q, 6)]);
        if (ticket === latest.current) {
          setError(null);
          setResult({ q, companies, investors });
          // One keystroke's search (both kinds), for the scale test: the debounce is not counted.
          performance.measure('dealmark:search', { start: t0 });
        }
      } catch (e) {
        if (ticket === latest.current) setError(errorText(e));
      }
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const list = (title: string, hits: SearchHit[], open: (id: number) => void, unit: string) =>
    hits.length ? (
      <section aria-label={title}>
        <h3>{title}</h3>
        <ul class="dm-hits">
          {hits.map((h) => (
            <li key={h.id}>
              <button type="button" class="dm-hit" onClick={() => open(h.id)}>
                <span class="dm-hit-name">{h.name}</span> <span class="dm-muted">{plural(h.rounds, unit)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    ) : null;

  return (
    <div class="dm-search" role="search">
      <label class="dm-sr" for="dm-search-input">Search companies and investors</label>
      <input
        id="dm-search-input"
        type="search"
        placeholder="Search companies and investors"
        autoComplete="off"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && setQuery('')}
      />
      {error ? <p class="dm-error" role="alert">{error}</p> : null}
      {result && result.q === query.trim() ? (
        <div class="dm-results" aria-live="polite">
          {list('Companies', result.companies, props.onCompany, 'round')}
          {list('Investors', result.investors, props.onInvestor, 'round')}
          {!result.companies.length && !result.investors.length ? (
            <p class="dm-muted">{`No saved company or investor starts with “${result.q}”.`}</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
