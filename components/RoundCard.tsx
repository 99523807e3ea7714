// One funding round: its facts (each with the quote it was read from), how it compares with the company's round
// before it, and in-place correction and deletion.
import { useState } from 'preact/hooks';
import { compareWithPrevious, formatChange, formatMoney, formatMonths, formatRatio, formatStepUp, formatValuation, type RoundComparison } from '../lib/compare';
import type { FactKind, Investor } from '../lib/model';
import { reportCounts, type Correction, type RoundDetail, type StoredRound } from '../lib/store';
import type { DealmarkApi } from './api';
import { ConfirmButton } from './Confirm';
import { ArticleLink, EvidenceList, evidenceFor } from './Evidence';
import { RoundEditor } from './RoundEditor';
import { errorText, plural, reportText, roundDateText } from './text';
import { stageLabel } from '../lib/labels';

export interface Nav {
  company(id: number): void;
  investor(name: string): void;
}

function InvestorNames({ investors, nav }: { investors: Investor[]; nav?: Nav }) {
  if (!investors.length) return <span class="dm-muted">not reported</span>;
  return (
    <span class="dm-names">
      {investors.map((inv, i) => (
        <span key={inv.name}>
          {i ? ', ' : ''}
          {nav ? (
            <button type="button" class="dm-link" onClick={() => nav.investor(inv.name)}>{inv.name}</button>
          ) : (
            inv.name
          )}
        </span>
      ))}
    </span>
  );
}

/**
 * Against the round before, in venture vocabulary: "Step-up ×3.75" (the valuation multiple), "Round size ×3",
 * the valuation change, months between, and repeat investors counted over every earlier round.
 */
export function Comparison({ round, previous, comparison: c }: { round: StoredRound; previous: StoredRound; comparison: RoundComparison }) {
  const parts: { label: string; value: string }[] = [];
  const shown = (r: { ok: boolean; reason?: string }) => r.ok || r.reason === 'different_currencies' || r.reason === 'bounds';
  if (shown(c.stepUp.multiple)) parts.push({ label: 'Step-up', value: formatStepUp(c.stepUp) });
  if (c.valuationChange.ok) parts.push({ label: 'Valuation change', value: formatChange(c.valuationChange) });
  if (shown(c.roundSize)) parts.push({ label: 'Round size', value: formatRatio(c.roundSize) });
  if (c.months !== null) parts.push({ label: 'Time since', value: formatMonths(c.months) });
  const differ = c.sourcesDiffer.map((f) => (f === 'amount' ? 'round size' : 'valuation'));
  return (
    <div class="dm-compare" aria-label={`Compared with ${stageLabel(previous.stage)}`}>
      <p class="dm-compare-head">{`Since ${stageLabel(previous.stage)} (${roundDateText(previous)}, ${formatMoney(previous.amount)}${previous.valuation ? ` at ${formatValuation(previous.valuation)}` : ''})`}</p>
      <dl class="dm-compare-facts">
        {parts.map((p) => (
          <div key={p.label}>
            <dt>{p.label}</dt>
            <dd>{p.value}</dd>
          </div>
        ))}
        {round.investors.length ? (
          <>
            <div>
              <dt>Repeat investors</dt>
              <dd>{c.investors.repeat.map((i) => i.name).join(', ') || 'none'}</dd>
            </div>
            <div>
              <dt>New investors</dt>
              <dd>{c.investors.new.map((i) => i.name).join(', ') || 'none'}</dd>
            </div>
          </>
        ) : null}
      </dl>
      {differ.length ? <p class="dm-muted dm-differ">{`Sources differ on the ${differ.join(' and ')}: the best-supported figure is compared.`}</p> : null}
    </div>
  );
}

function Fact(props: { label: string; kinds: FactKind[]; detail: RoundDetail | undefined; loadDetail: () => void; children: preact.ComponentChildren; corrected: boolean; known: boolean }) {
  const [open, setOpen] = useState(false);
  if (!props.known)
    return (
      <div class="dm-fact">
        <dt>{props.label}</dt>
        <dd class="dm-muted">not reported</dd>
      </div>
    );
  return (
    <div class="dm-fact">
      <dt>{props.label}</dt>
      <dd>
        {props.children}
        {props.corrected ? <span class="dm-badge" title="You corrected this">corrected</span> : null}{' '}
        <button
          type="button"
          class="dm-why"
          aria-expanded={open}
          aria-label={`Where the ${props.label.toLowerCase()} was read`}
          onClick={() => {
            if (!open) props.loadDetail();
            setOpen(!open);
          }}
        >
          source
        </button>
        {open ? (
          props.detail ? <EvidenceList items={evidenceFor(props.detail, props.kinds)} /> : <p class="dm-muted">Loading the quote…</p>
        ) : null}
      </dd>
    </div>
  );
}

export function RoundCard(props: {
  round: StoredRound;
  /** The company's rounds (any order): the one before this round is compared with it. */
  history?: readonly StoredRound[];
  api: DealmarkApi;
  onChanged: () => void;
  nav?: Nav;
  /** Heading level for the round's title. */
  level?: 2 | 3;
  showCompany?: boolean;
}) {
  const { round, api } = props;
  const [editing, setEditing] = useState(false);
  const [detail, setDetail] = useState<RoundDetail | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [showSources, setShowSources] = useState(false);
  const loadDetail = () => {
    if (!detail) api.round(round.id).then(setDetail, (e: unknown) => setError(errorText(e)));
  };
  const compared = props.history ? compareWithPrevious(props.history, round) : null;
  const leads = round.investors.filter((i) => i.role === 'lead');
  const others = round.investors.filter((i) => i.role !== 'lead');
  const H = props.level === 3 ? 'h3' : 'h2';
  const corrected = (f: string) => round.corrected.includes(f as never);

  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      setDetail(undefined);
      props.onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (editing)
    return (
      <article class="dm-round" data-round-id={round.id}>
        <RoundEditor
          round={round}
          onCancel={() => setEditing(false)}
          onSave={async (corrections: Correction[]) => {
            for (const correction of corrections) await api.send({ type: 'correct-round', roundId: round.id, correction });
            setEditing(false);
            setDetail(undefined);
            props.onChanged();
          }}
        />
      </article>
    );

  return (
    <article class="dm-round" data-round-id={round.id} aria-label={`${round.company} ${stageLabel(round.stage)}`}>
      <header>
        <H class="dm-round-title">
          {props.showCompany !== false ? (
            props.nav ? (
              <button type="button" class="dm-link dm-company" onClick={() => props.nav!.company(round.companyId)}>{round.company}</button>
            ) : (
              <span class="dm-company">{round.company}</span>
            )
          ) : null}
          <span class="dm-stage">{stageLabel(round.stage)}</span>
          {corrected('company') || corrected('stage') ? <span class="dm-badge" title="You corrected this">corrected</span> : null}
        </H>
        <span class="dm-date">{roundDateText(round)}</span>
        <span class={round.primary ? 'dm-report' : 'dm-badge dm-report'}>{reportText(reportCounts(round))}</span>
      </header>
      <dl class="dm-facts">
        <Fact label="Amount" kinds={['amount']} detail={detail} loadDetail={loadDetail} corrected={corrected('amount')} known={!!round.amount}>
          <span class="dm-amount">{formatMoney(round.amount)}</span>
        </Fact>
        <Fact label="Valuation" kinds={['valuation']} detail={detail} loadDetail={loadDetail} corrected={corrected('valuation')} known={!!round.valuation}>
          <span class="dm-valuation">{formatValuation(round.valuation)}</span>
        </Fact>
        <Fact label="Led by" kinds={['lead']} detail={detail} loadDetail={loadDetail} corrected={corrected('investors')} known={leads.length > 0}>
          <InvestorNames investors={leads} nav={props.nav} />
        </Fact>
        {others.length ? (
          <Fact label="Also investing" kinds={['investor']} detail={detail} loadDetail={loadDetail} corrected={false} known>
            <InvestorNames investors={others} nav={props.nav} />
          </Fact>
        ) : null}
      </dl>
      {round.conflicts.length ? (
        <ul class="dm-conflicts" aria-label="Sources disagree">
          {round.conflicts.map((c) => (
            <li key={c.field}>
              {`Sources disagree on the ${c.field}: `}
              {c.options
                .map((o) => `${typeof o.value === 'string' || o.value === null ? (c.field === 'stage' ? stageLabel(o.value as never) : o.value ?? 'none') : c.field === 'valuation' ? formatValuation(o.value as never) : formatMoney(o.value)} (${plural(o.articleUrls.length, 'article')})`)
                .join(' vs ')}
            </li>
          ))}
        </ul>
      ) : null}
      {compared ? <Comparison round={round} previous={compared.previous} comparison={compared.comparison} /> : null}
      {error ? <p class="dm-error" role="alert">{error}</p> : null}
      <div class="dm-actions">
        <button type="button" onClick={() => setEditing(true)}>Correct</button>
        <button
          type="button"
          aria-expanded={showSources}
          onClick={() => {
            loadDetail();
            setShowSources(!showSources);
          }}
        >
          {`Sources (${round.sourceCount})`}
        </button>
        {round.corrected.length ? (
          <button type="button" onClick={() => act(async () => {
            for (const field of round.corrected) await api.send({ type: 'remove-correction', roundId: round.id, field });
          })}>
            Undo my corrections
          </button>
        ) : null}
        <ConfirmButton label="Delete round" question="Delete this round and its sources?" onConfirm={() => act(() => api.send({ type: 'delete-round', roundId: round.id }))} />
      </div>
      {showSources ? (
        detail ? (
          <ul class="dm-sources" aria-label="Sources">
            {detail.sources.map((s) => (
              <li key={s.id}>
                <ArticleLink article={detail.articles.find((a) => a.url === s.articleUrl)} />{' '}
                <ConfirmButton label="Remove source" question="Remove this article from the round?" confirmLabel="Remove"
                  onConfirm={() => act(() => api.send({ type: 'delete-source', sourceId: s.id }))} />
              </li>
            ))}
          </ul>
        ) : (
          <p class="dm-muted">Loading sources…</p>
        )
      ) : null}
    </article>
  );
}

/** A company's other rounds, oldest first, each compared with the one before it. */
export function EarlierRounds(props: { round: StoredRound; history: readonly StoredRound[]; nav?: Nav }) {
  const earlier = props.history.filter((r) => r.id !== props.round.id);
  if (!earlier.length) return <p class="dm-muted">{`The first round of ${props.round.company} Dealmark has seen.`}</p>;
  return (
    <ol class="dm-earlier" aria-label={`Other rounds of ${props.round.company}`}>
      {earlier.map((r) => {
        const found = compareWithPrevious(props.history, r);
        return (
          <li key={r.id}>
            <span class="dm-stage">{stageLabel(r.stage)}</span> <span class="dm-date">{roundDateText(r)}</span>{' '}
            <span class="dm-amount">{formatMoney(r.amount)}</span>
            {r.valuation ? <span class="dm-valuation">{` at ${formatValuation(r.valuation)}`}</span> : null}
            {r.investors.some((i) => i.role === 'lead') ? (
              <span class="dm-muted">{` · led by ${r.investors.filter((i) => i.role === 'lead').map((i) => i.name).join(', ')}`}</span>
            ) : null}
            {found ? <StepSummary comparison={found.comparison} previous={found.previous} /> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** " · step-up ×3.75, round size ×3 on Series A" — only the numbers there are. */
function StepSummary({ comparison: c, previous }: { comparison: RoundComparison; previous: StoredRound }) {
  const bits = [c.stepUp.multiple.ok ? `step-up ${formatStepUp(c.stepUp)}` : '', c.roundSize.ok ? `round size ${formatRatio(c.roundSize)}` : ''].filter(Boolean);
  if (!bits.length) return null;
  return <span class="dm-stepup">{` · ${bits.join(', ')} on ${stageLabel(previous.stage)}`}</span>;
}
