// Every round an investor joined, newest first, and whether they led it.
import { useEffect, useState } from 'preact/hooks';
import { formatMoney } from '../lib/compare';
import { investorKey } from '../lib/names';
import { nameKey, type EntityRecord, type StoredRound } from '../lib/store';
import type { DealmarkApi } from './api';
import { MergeEntity, SplitEntity } from './EntityMerge';
import type { Nav } from './RoundCard';
import { errorText, plural, roundDateText } from './text';
import { stageLabel } from '../lib/labels';

export function InvestorView(props: { api: DealmarkApi; investor: number | string; nav: Nav }) {
  const [data, setData] = useState<{ investor: EntityRecord | undefined; rounds: StoredRound[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  // After a merge or split, the view follows the investor by id (its name may have moved away).
  const [shown, setShown] = useState<number | string>(props.investor);
  useEffect(() => setShown(props.investor), [props.investor]);
  useEffect(() => {
    let live = true;
    (async () => {
      const investor = await props.api.investor(shown);
      const rounds = investor ? await props.api.investorRounds(investor.id) : [];
      if (live) setData({ investor, rounds });
    })().catch((e: unknown) => live && setError(errorText(e)));
    return () => void (live = false);
  }, [shown, version]);
  if (error) return <p class="dm-error" role="alert">{error}</p>;
  if (!data) return <p class="dm-muted" role="status">Loading the investor…</p>;
  if (!data.investor) return <p role="status">This investor is not in your history.</p>;
  const { investor, rounds } = data;
  // Any name this investor was seen under, by either identity key (lib/names).
  const keys = new Set([...investor.keys, ...investor.aliases.map(nameKey)]);
  const roleIn = (r: StoredRound) => r.investors.find((i) => keys.has(nameKey(i.name)) || keys.has(investorKey(i.name)))?.role;
  const led = rounds.filter((r) => roleIn(r) === 'lead').length;
  return (
    <section class="dm-investor-view" aria-labelledby="dm-investor-name">
      <h2 id="dm-investor-name">{investor.name}</h2>
      <p class="dm-muted">{`${plural(rounds.length, 'round')}, led ${led}`}</p>
      {rounds.length ? (
        <ol class="dm-investor-rounds">
          {[...rounds].reverse().map((r) => (
            <li key={r.id}>
              <button type="button" class="dm-link dm-company" onClick={() => props.nav.company(r.companyId)}>{r.company}</button>{' '}
              <span class="dm-stage">{stageLabel(r.stage)}</span> <span class="dm-date">{roundDateText(r)}</span>{' '}
              <span class="dm-amount">{formatMoney(r.amount)}</span>{' '}
              <span class={roleIn(r) === 'lead' ? 'dm-badge dm-lead' : 'dm-muted'}>{roleIn(r) === 'lead' ? 'lead' : 'participant'}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p>No saved round lists this investor any more.</p>
      )}
      <MergeEntity api={props.api} kind="investor" entity={investor} onMerged={() => (setShown(investor.id), setVersion((v) => v + 1))} />
      <SplitEntity api={props.api} kind="investor" entity={investor} onSplit={() => (setShown(investor.id), setVersion((v) => v + 1))} />
    </section>
  );
}
