// Everything Dealmark knows about one company: its names, a timeline, every round with every source.
import { useEffect, useState } from 'preact/hooks';
import type { EntityRecord, StoredRound } from '../lib/store';
import type { DealmarkApi } from './api';
import { ConfirmButton } from './Confirm';
import { MergeEntity, SplitEntity } from './EntityMerge';
import { RoundCard, type Nav } from './RoundCard';
import { Timeline } from './Timeline';
import { errorText, plural } from './text';

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
      <MergeEntity api={props.api} kind="company" entity={company} onMerged={() => setVersion((v) => v + 1)} />
      <SplitEntity api={props.api} kind="company" entity={company} onSplit={() => setVersion((v) => v + 1)} />
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
