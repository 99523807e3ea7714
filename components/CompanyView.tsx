// Everything Dealmark knows about one company: its names, a timeline, every round with every source.
import { useEffect, useState } from 'preact/hooks';
import type { EntityRecord, SearchHit, StoredRound } from '../lib/store';
import type { DealmarkApi } from './api';
import { ConfirmButton } from './Confirm';
import { RoundCard, type Nav } from './RoundCard';
import { Timeline } from './Timeline';
import { errorText, plural } from './text';

/** Merge another company into this one (the store folds rounds that are the same round). */
function MergeCompany(props: { api: DealmarkApi; company: EntityRecord; onMerged: () => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const q = query.trim();
    if (!q) return setHits([]);
    const timer = setTimeout(() => {
      props.api.searchCompanies(q, 6).then((h) => setHits(h.filter((x) => x.id !== props.company.id)), () => setHits([]));
    }, 120);
    return () => clearTimeout(timer);
  }, [query]);
  return (
    <details class="dm-merge">
      <summary>Same company under another name? Merge</summary>
      <label>
        {`Company to merge into ${props.company.name}`}
        <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      <ul class="dm-hits">
        {hits.map((h) => (
          <li key={h.id}>
            <span>{`${h.name} (${plural(h.rounds, 'round')})`}</span>{' '}
            <ConfirmButton label="Merge" question={`Merge ${h.name} into ${props.company.name}?`} confirmLabel="Merge"
              onConfirm={async () => {
                try {
                  await props.api.send({ type: 'merge-companies', targetId: props.company.id, otherId: h.id });
                  setQuery('');
                  props.onMerged();
                } catch (e) {
                  setError(errorText(e));
                }
              }} />
          </li>
        ))}
      </ul>
      {error ? <p class="dm-error" role="alert">{error}</p> : null}
    </details>
  );
}

/** Split names that are really another company off into a company of their own. */
function SplitCompany(props: { api: DealmarkApi; company: EntityRecord; onSplit: () => void }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  if (props.company.aliases.length < 2) return null;
  return (
    <details class="dm-split">
      <summary>Two companies under one name? Split</summary>
      <fieldset>
        <legend>Names that belong to another company</legend>
        {props.company.aliases.map((a) => (
          <label class="dm-check" key={a}>
            <input type="checkbox" checked={chosen.includes(a)}
              onChange={(e) => setChosen(e.currentTarget.checked ? [...chosen, a] : chosen.filter((x) => x !== a))} />
            {a}
          </label>
        ))}
      </fieldset>
      <button type="button" disabled={!chosen.length || chosen.length === props.company.aliases.length}
        onClick={async () => {
          setError(null);
          try {
            await props.api.send({ type: 'split-company', companyId: props.company.id, names: chosen });
            setChosen([]);
            props.onSplit();
          } catch (e) {
            setError(errorText(e));
          }
        }}>
        Split into a new company
      </button>
      {error ? <p class="dm-error" role="alert">{error}</p> : null}
    </details>
  );
}

export function CompanyView(props: { api: DealmarkApi; companyId: number; nav: Nav; onDeleted: () => void }) {
  const [data, setData] = useState<{ company: EntityRecord | undefined; rounds: StoredRound[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([props.api.company(props.companyId), props.api.companyHistory(props.companyId)]).then(
      ([company, rounds]) => {
        if (!live) return;
        setData({ company, rounds });
        performance.mark('dealmark:company-ready');
      },
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => void (live = false);
  }, [props.companyId, version]);
  if (error) return <p class="dm-error" role="alert">{error}</p>;
  if (!data) return <p class="dm-muted" role="status">Loading the company…</p>;
  if (!data.company) return <p role="status">This company is no longer in your history.</p>;
  const { company, rounds } = data;
  const newestFirst = [...rounds].reverse();
  return (
    <section class="dm-company-view" aria-labelledby="dm-company-name">
      <h2 id="dm-company-name">{company.name}</h2>
      <p class="dm-muted">
        {plural(rounds.length, 'round')}
        {company.aliases.length > 1 ? ` · also written ${company.aliases.filter((a) => a !== company.name).join(', ')}` : ''}
      </p>
      <Timeline rounds={rounds} company={company.name} />
      {newestFirst.map((r) => (
        <RoundCard key={r.id} round={r} history={rounds} api={props.api} nav={props.nav} level={3} showCompany={false}
          onChanged={() => setVersion((v) => v + 1)} />
      ))}
      <MergeCompany api={props.api} company={company} onMerged={() => setVersion((v) => v + 1)} />
      <SplitCompany api={props.api} company={company} onSplit={() => setVersion((v) => v + 1)} />
      <div class="dm-actions">
        <ConfirmButton label={`Delete ${company.name} and all its rounds`} question={`Delete ${company.name} and ${plural(rounds.length, 'round')}?`}
          onConfirm={async () => {
            try {
              await props.api.send({ type: 'delete-company', companyId: company.id });
              props.onDeleted();
            } catch (e) {
              setError(errorText(e));
            }
          }} />
      </div>
    </section>
  );
}
