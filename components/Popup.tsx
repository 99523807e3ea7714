// The toolbar popup: what this page says about funding, beside each company's earlier rounds; search; views of a
// company or an investor; site controls and exports. `popup.html?tab=ID` shows the popup for that tab.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatMoney, formatValuation } from '../lib/compare';
import type { Round } from '../lib/model';
import type { StoredRound } from '../lib/store';
import type { DealmarkApi, PageInfo } from './api';
import { AddFromPage } from './AddFromPage';
import { CompanyView } from './CompanyView';
import { InvestorView } from './InvestorView';
import { EarlierRounds, RoundCard, type Nav } from './RoundCard';
import { Search } from './Search';
import { SiteControls } from './SiteControls';
import { Timeline } from './Timeline';
import { errorText } from './text';
import { formatDate, stageLabel } from '../lib/labels';

type View = { kind: 'page' } | { kind: 'company'; id: number } | { kind: 'investor'; id: number | string };

interface PageData {
  info: PageInfo;
  rounds: StoredRound[];
  /** Each company's full history, by companyId. */
  histories: Map<number, StoredRound[]>;
}

const READ_POLL_MS = 300;
/** How long after injecting the content script the popup waits for the page's answer. */
export const READ_TIMEOUT_MS = 6_000;

export async function loadPage(api: DealmarkApi, info?: PageInfo): Promise<PageData> {
  info ??= await api.page();
  const rounds = await api.pageRounds(info);
  const ids = [...new Set(rounds.map((r) => r.companyId))];
  const histories = new Map(await Promise.all(ids.map(async (id) => [id, await api.companyHistory(id)] as const)));
  return { info, rounds, histories };
}

/** What the page's own state says, when no round of it is stored. */
function stateMessage(info: PageInfo): { text: string; canRead: boolean } {
  const s = info.state;
  if (!s) return { text: 'Dealmark has not read this page yet.', canRead: info.tabId !== null };
  switch (s.status) {
    case 'reading':
      return { text: 'Reading this page…', canRead: false };
    case 'not-article':
      return { text: 'This page does not look like an article, so there is no funding news to read here.', canRead: false };
    case 'no-funding':
      return { text: 'No funding round found: this article is not about a funding round, so nothing was saved.', canRead: false };
    case 'error':
      return { text: s.error ? `Dealmark could not read this page: ${s.error}` : 'Dealmark could not read this page.', canRead: true };
    case 'found':
      return { text: 'Dealmark found funding facts here but could not save them.', canRead: true };
  }
}

/** Rounds the content script found but the store does not have (e.g. a full disk): shown read-only. */
function UnsavedRounds({ rounds }: { rounds: Round[] }) {
  const primary = rounds.filter((r) => r.primary);
  if (!primary.length) return null;
  return (
    <ul class="dm-unsaved">
      {primary.map((r, i) => (
        <li key={i}>
          <strong>{r.company ?? 'Unknown company'}</strong> {stageLabel(r.stage)} · {formatMoney(r.amount)}
          {r.valuation ? ` at ${formatValuation(r.valuation)}` : ''} · {formatDate(r.date)}
        </li>
      ))}
    </ul>
  );
}

/**
 * `autoRead`: opened from the toolbar, the click itself is the request to read the page (and grants access
 * to it), so an unread page is read at once. Opened for a given tab (`?tab=ID`) it only shows.
 */
export function Popup({ api, autoRead = false }: { api: DealmarkApi; autoRead?: boolean }) {
  const [data, setData] = useState<PageData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<View>({ kind: 'page' });
  const [reading, setReading] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    loadPage(api).then(
      (d) => live && (setData(d), setError(null)),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => void (live = false);
  }, [version]);

  useEffect(() => {
    // Measured by the browser test and the benchmark: page opened → this page's rounds on screen.
    if (data) performance.mark('dealmark:popup-ready');
  }, [data]);

  const nav: Nav = {
    company: (id) => setView({ kind: 'company', id }),
    investor: (name) => setView({ kind: 'investor', id: name }),
  };
  const reload = () => setVersion((v) => v + 1);

  const autoReadDone = useRef(false);
  useEffect(() => {
    if (!autoRead || autoReadDone.current || !data) return;
    autoReadDone.current = true;
    if (!data.info.state && data.info.tabId !== null) void readNow();
  }, [data]);

  async function readNow() {
    if (!data?.info.tabId) return;
    setReading(true);
    setError(null);
    try {
      await api.readPage(data.info.tabId);
      const deadline = Date.now() + READ_TIMEOUT_MS;
      for (;;) {
        const info = await api.page();
        if (info.state && info.state.status !== 'reading') {
          setData(await loadPage(api, info));
          break;
        }
        if (Date.now() > deadline) {
          // The content script reports even a page its gate turns down ('declined'); silence this long means
          // it could not run here at all (a page the browser protects), so there is no funding news to show.
          setData({ info: { ...info, state: { url: info.url ?? '', status: 'no-funding', rounds: [] } }, rounds: [], histories: new Map() });
          break;
        }
        await new Promise((ok) => setTimeout(ok, READ_POLL_MS));
      }
    } catch (e) {
      setError(errorText(e));
    } finally {
      setReading(false);
    }
  }

  let body;
  if (view.kind === 'company') {
    body = <CompanyView api={api} companyId={view.id} nav={nav} onDeleted={() => (setView({ kind: 'page' }), reload())} />;
  } else if (view.kind === 'investor') {
    body = <InvestorView api={api} investor={view.id} nav={nav} />;
  } else if (error && !data) {
    body = <p class="dm-error" role="alert">{`Dealmark could not open its history: ${error}`}</p>;
  } else if (!data) {
    body = <p role="status" class="dm-muted">Reading this page…</p>;
  } else if (!data.rounds.length) {
    const msg = stateMessage(data.info);
    body = (
      <div class="dm-empty">
        <p role="status">{reading ? 'Reading this page…' : msg.text}</p>
        {data.info.state?.error && data.info.state.status === 'found' ? <p class="dm-error">{data.info.state.error}</p> : null}
        {data.info.state ? <UnsavedRounds rounds={data.info.state.rounds} /> : null}
        {msg.canRead && !reading ? (
          <button type="button" class="dm-primary" onClick={readNow}>Click to read this page</button>
        ) : null}
        {error ? <p class="dm-error" role="alert">{error}</p> : null}
        {data.info.state && !reading ? <AddFromPage api={api} info={data.info} rounds={[]} onAdded={reload} /> : null}
      </div>
    );
  } else {
    const shownCompanies = new Set<number>();
    body = (
      <>
        {data.info.state?.status === 'no-funding' ? (
          <p role="status" class="dm-note">{`This article is not about a funding round. ${data.rounds.length === 1 ? 'The round it mentions is' : 'The rounds it mentions are'} kept as mentioned, not reported.`}</p>
        ) : (
          <p role="status" class="dm-sr">{`${data.rounds.length} funding round${data.rounds.length === 1 ? '' : 's'} on this page.`}</p>
        )}
        {data.info.state?.error ? <p class="dm-error" role="alert">{data.info.state.error}</p> : null}
        {error ? <p class="dm-error" role="alert">{error}</p> : null}
        {data.rounds.map((r) => {
          const history = data.histories.get(r.companyId) ?? [r];
          const firstOfCompany = !shownCompanies.has(r.companyId);
          shownCompanies.add(r.companyId);
          return (
            <section class="dm-page-round" key={r.id}>
              <RoundCard round={r} history={history} api={api} nav={nav} onChanged={reload} />
              {firstOfCompany && r.primary ? (
                <details class="dm-history" open>
                  <summary>{`${r.company}'s rounds`}</summary>
                  <Timeline rounds={history} company={r.company} />
                  <EarlierRounds round={r} history={history} nav={nav} />
                  <button type="button" class="dm-link" onClick={() => nav.company(r.companyId)}>{`All of ${r.company}`}</button>
                </details>
              ) : null}
            </section>
          );
        })}
        <AddFromPage api={api} info={data.info} rounds={data.rounds} onAdded={reload} />
      </>
    );
  }

  return (
    <main class="dm-popup">
      <header class="dm-top">
        <h1>Dealmark</h1>
        {view.kind !== 'page' ? (
          <button type="button" onClick={() => (setView({ kind: 'page' }), reload())}>Back to this page</button>
        ) : null}
      </header>
      <Search api={api} onCompany={(id) => setView({ kind: 'company', id })} onInvestor={(id) => setView({ kind: 'investor', id })} />
      <div class="dm-body">{body}</div>
      <footer class="dm-footer">
        {data ? <SiteControls sites={api.sites} url={data.info.url ?? data.info.state?.url ?? null} /> : null}
        {api.openExport ? (
          <div class="dm-exports" role="group" aria-label="Export">
            <span class="dm-muted">Export:</span>
            <button type="button" onClick={() => api.openExport!('rounds')}>rounds.csv</button>
            <button type="button" onClick={() => api.openExport!('facts')}>facts.csv</button>
            <button type="button" onClick={() => api.openExport!('backup')}>JSON backup</button>
          </div>
        ) : null}
      </footer>
    </main>
  );
}
