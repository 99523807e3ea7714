// The user's say over identity, for companies and investors alike: merge another entity into this one (the
// store folds rounds that are the same round), or split names that are really someone else off.
import { useEffect, useState } from 'preact/hooks';
import type { EntityRecord, SearchHit } from '../lib/store';
import type { DealmarkApi } from './api';
import { ConfirmButton } from './Confirm';
import { errorText, plural } from './text';

export type EntityKind = 'company' | 'investor';

const WORDS: Record<EntityKind, { one: string; merge: string; split: string }> = {
  company: { one: 'company', merge: 'Same company under another name? Merge', split: 'Two companies under one name? Split' },
  investor: { one: 'investor', merge: 'Same investor under another name? Merge', split: 'Two investors under one name? Split' },
};

function mergeRequest(kind: EntityKind, targetId: number, otherId: number) {
  return kind === 'company' ? { type: 'merge-companies' as const, targetId, otherId } : { type: 'merge-investors' as const, targetId, otherId };
}

function splitRequest(kind: EntityKind, id: number, names: string[]) {
  return kind === 'company' ? { type: 'split-company' as const, companyId: id, names } : { type: 'split-investor' as const, investorId: id, names };
}

export function MergeEntity(props: { api: DealmarkApi; kind: EntityKind; entity: EntityRecord; onMerged: () => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const words = WORDS[props.kind];
  useEffect(() => {
    const q = query.trim();
    if (!q) return setHits([]);
    const search = props.kind === 'company' ? props.api.searchCompanies : props.api.searchInvestors;
    const timer = setTimeout(() => {
      search(q, 6).then((h) => setHits(h.filter((x) => x.id !== props.entity.id)), () => setHits([]));
    }, 120);
    return () => clearTimeout(timer);
  }, [query]);
  return (
    <details class="dm-merge">
      <summary>{words.merge}</summary>
      <label>
        {`${words.one.charAt(0).toUpperCase()}${words.one.slice(1)} to merge into ${props.entity.name}`}
        <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      <ul class="dm-hits">
        {hits.map((h) => (
          <li key={h.id}>
            <span>{`${h.name} (${plural(h.rounds, 'round')})`}</span>{' '}
            <ConfirmButton label="Merge" question={`Merge ${h.name} into ${props.entity.name}?`} confirmLabel="Merge"
              onConfirm={async () => {
                try {
                  await props.api.send(mergeRequest(props.kind, props.entity.id, h.id));
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

export function SplitEntity(props: { api: DealmarkApi; kind: EntityKind; entity: EntityRecord; onSplit: () => void }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const words = WORDS[props.kind];
  if (props.entity.aliases.length < 2) return null;
  return (
    <details class="dm-split">
      <summary>{words.split}</summary>
      <fieldset>
        <legend>{`Names that belong to another ${words.one}`}</legend>
        {props.entity.aliases.map((a) => (
          <label class="dm-check" key={a}>
            <input type="checkbox" checked={chosen.includes(a)}
              onChange={(e) => setChosen(e.currentTarget.checked ? [...chosen, a] : chosen.filter((x) => x !== a))} />
            {a}
          </label>
        ))}
      </fieldset>
      <button type="button" disabled={!chosen.length || chosen.length === props.entity.aliases.length}
        onClick={async () => {
          setError(null);
          try {
            await props.api.send(splitRequest(props.kind, props.entity.id, chosen));
            setChosen([]);
            props.onSplit();
          } catch (e) {
            setError(errorText(e));
          }
        }}>
        {`Split into a new ${words.one}`}
      </button>
      {error ? <p class="dm-error" role="alert">{error}</p> : null}
    </details>
  );
}
