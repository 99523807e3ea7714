// The options page: where Dealmark runs by itself, how facts are highlighted, CSV settings, and the data
// (counts, export, import a backup, delete everything).
import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHTED_KINDS, type HighlightStyle } from '../lib/settings-defaults';
import type { StoreCounts } from '../lib/store';
import type { DealmarkApi, ExportKind, ImportSummary, Settings } from './api';
import { ConfirmButton } from './Confirm';
import { ExportButtons } from './ExportButtons';
import { errorText, plural } from './text';
import { FACT_LABELS } from '../lib/labels';

const STYLES: { value: HighlightStyle; label: string }[] = [
  { value: 'background', label: 'Coloured background' },
  { value: 'underline', label: 'Underline' },
  { value: 'off', label: 'Not highlighted' },
];

function Sites({ api }: { api: DealmarkApi }) {
  const [sites, setSites] = useState<string[] | null>(null);
  const [all, setAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = async () => {
    setSites(await api.sites.list());
    setAll((await api.sites.mode('https://example.com')) === 'all');
  };
  useEffect(() => void refresh().catch((e: unknown) => setError(errorText(e))), []);
  const run = (fn: () => Promise<unknown>) => async () => {
    setError(null);
    try {
      await fn();
      await refresh();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <section aria-labelledby="dm-sites">
      <h2 id="dm-sites">Sites</h2>
      <p class="dm-muted">
        Dealmark reads a page when you click its button. On the sites below it reads news pages by itself.
      </p>
      {sites === null ? (
        <p class="dm-muted" role="status">Loading…</p>
      ) : sites.length ? (
        <ul class="dm-site-list">
          {sites.map((s) => (
            <li key={s}>
              <span>{s}</span> <button type="button" onClick={run(() => api.sites.stop(s))} aria-label={`Stop on ${s}`}>Stop</button>
            </li>
          ))}
        </ul>
      ) : (
        <p>No site yet. Use “Always run on this site” in the popup to add one.</p>
      )}
      <label class="dm-check">
        <input
          type="checkbox"
          checked={all}
          onChange={run(async () => {
            if (all) await api.sites.stopAll();
            else if (!(await api.sites.allowAll())) throw new Error('The browser did not grant access to all sites; nothing changed.');
          })}
        />
        Run on all sites (Dealmark then reads every news page you open; nothing leaves your computer)
      </label>
      {error ? <p class="dm-error" role="alert">{error}</p> : null}
    </section>
  );
}

function ImportBackup({ api, onDone }: { api: DealmarkApi; onDone: () => void }) {
  const [state, setState] = useState<{ busy: boolean; text?: string; error?: boolean }>({ busy: false });
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setState({ busy: true, text: `Importing ${file.name}…` });
    try {
      const report = await api.send<ImportSummary>({ type: 'import-backup', text: await file.text() });
      const list = (c: Record<string, number>) =>
        Object.entries(c).filter(([, n]) => n).map(([k, n]) => `${n.toLocaleString('en')} ${k}`).join(', ') || 'nothing';
      setState({ busy: false, text: `Imported ${file.name}. Added: ${list(report.added)}. Already there (skipped): ${list(report.skipped)}.` });
      onDone();
    } catch (err) {
      setState({ busy: false, error: true, text: errorText(err) });
    } finally {
      input.value = '';
    }
  };
  return (
    <div class="dm-import">
      <label>
        Import a backup (.json){' '}
        <input type="file" accept=".json,application/json" disabled={state.busy} onChange={onFile} />
      </label>
      {state.text ? <p role={state.error ? 'alert' : 'status'} class={state.error ? 'dm-error' : ''}>{state.text}</p> : null}
    </div>
  );
}

export function exportFromHash(hash: string): ExportKind | null {
  const m = /export=(rounds|facts|backup)\b/.exec(hash);
  return m ? (m[1] as ExportKind) : null;
}

export function Options({ api, autoExport = null }: { api: DealmarkApi; autoExport?: ExportKind | null }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [counts, setCounts] = useState<StoreCounts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const loadCounts = () => api.counts().then(setCounts, (e: unknown) => setError(errorText(e)));
  useEffect(() => {
    api.settings.get().then(setSettings, (e: unknown) => setError(errorText(e)));
    void loadCounts();
  }, []);
  const update = async (next: Settings) => {
    setSettings(next);
    setSaved(false);
    try {
      await api.settings.set(next);
      setSaved(true);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <main class="dm-options">
      <h1>Dealmark options</h1>
      {error ? <p class="dm-error" role="alert">{error}</p> : null}
      <Sites api={api} />

      <section aria-labelledby="dm-highlights">
        <h2 id="dm-highlights">Highlights</h2>
        {settings ? (
          <table class="dm-kinds">
            <tbody>
              {HIGHLIGHTED_KINDS.map((kind) => (
                <tr key={kind}>
                  <th scope="row"><label for={`hl-${kind}`}>{FACT_LABELS[kind]}</label></th>
                  <td>
                    <select id={`hl-${kind}`} value={settings.highlight[kind]}
                      onChange={(e) => update({ ...settings, highlight: { ...settings.highlight, [kind]: e.currentTarget.value as HighlightStyle } })}>
                      {STYLES.map((s) => <option value={s.value}>{s.label}</option>)}
                    </select>
                  </td>
                  <td><span class={`dm-sample dm-hl-${settings.highlight[kind]} dm-kind-${kind}`}>{`sample ${FACT_LABELS[kind].toLowerCase()}`}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="dm-muted" role="status">Loading settings…</p>
        )}
      </section>

      <section aria-labelledby="dm-csv">
        <h2 id="dm-csv">CSV files</h2>
        {settings ? (
          <label class="dm-check">
            <input type="checkbox" checked={settings.csvBom} onChange={(e) => update({ ...settings, csvBom: e.currentTarget.checked })} />
            Start CSV files with a byte-order mark, so Excel shows accents and ₹ € ¥ correctly (turn off for tools that
            show a stray character at the start)
          </label>
        ) : null}
        {saved ? <p class="dm-muted" role="status">Saved.</p> : null}
      </section>

      <section aria-labelledby="dm-data">
        <h2 id="dm-data">Your data</h2>
        <p class="dm-muted">Everything stays in this browser. Nothing is sent anywhere.</p>
        {counts ? (
          <p data-testid="counts">
            {`${plural(counts.rounds, 'round')} of ${plural(counts.companies, 'company', 'companies')}, from ${plural(counts.articles, 'article')}; ${plural(counts.investors, 'investor')}; ${plural(counts.corrections, 'correction')} of yours.`}
          </p>
        ) : (
          <p class="dm-muted" role="status">Counting…</p>
        )}
        <ExportButtons api={api} bom={settings?.csvBom ?? true} autoStart={settings ? autoExport : null} />
        <ImportBackup api={api} onDone={loadCounts} />
        <div class="dm-actions">
          <ConfirmButton
            label="Delete everything"
            question="Delete every saved round, article and correction? This cannot be undone."
            confirmLabel="Delete everything"
            onConfirm={async () => {
              try {
                await api.send({ type: 'delete-everything' });
                await loadCounts();
              } catch (e) {
                setError(errorText(e));
              }
            }}
          />
        </div>
      </section>
    </main>
  );
}
