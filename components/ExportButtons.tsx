// Export buttons with progress. The file is built from the store a page at a time into a Blob and saved with
// <a download> from this extension page: no `downloads` permission needed, same code in Chrome and Firefox.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DealmarkApi, ExportKind } from './api';
import { errorText } from './text';

const LABELS: Record<ExportKind, string> = { rounds: 'rounds.csv', facts: 'facts.csv', backup: 'JSON backup' };

/** Hands a Blob to the browser as a download. The URL lives a minute so a slow save dialog still finds it. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportButtons(props: { api: DealmarkApi; bom: boolean; autoStart?: ExportKind | null; save?: typeof saveBlob }) {
  const [running, setRunning] = useState<ExportKind | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [reportedOnly, setReportedOnly] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const run = async (kind: ExportKind) => {
    if (running) return;
    abort.current = new AbortController();
    setRunning(kind);
    setProgress(null);
    setMessage(null);
    try {
      const file = await props.api.exportFile(kind, {
        bom: props.bom,
        reportedOnly,
        signal: abort.current.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      (props.save ?? saveBlob)(file.blob, file.name);
      setMessage({ error: false, text: `${file.name} is ready (${(file.blob.size / 1024).toFixed(file.blob.size < 10240 ? 1 : 0)} KB).` });
    } catch (e) {
      setMessage(
        (e as Error)?.name === 'AbortError'
          ? { error: false, text: 'Export stopped; no file was saved.' }
          : { error: true, text: `The export failed: ${errorText(e)}` },
      );
    } finally {
      setRunning(null);
      abort.current = null;
    }
  };

  useEffect(() => {
    if (props.autoStart) void run(props.autoStart);
  }, [props.autoStart]);

  return (
    <div class="dm-export" role="group" aria-label="Export your saved rounds">
      {(Object.keys(LABELS) as ExportKind[]).map((kind) => (
        <button type="button" key={kind} data-export={kind} disabled={running !== null} onClick={() => run(kind)}>
          {`Export ${LABELS[kind]}`}
        </button>
      ))}
      <label class="dm-check">
        <input type="checkbox" checked={reportedOnly} onChange={(e) => setReportedOnly((e.target as HTMLInputElement).checked)} />
        {' rounds.csv: leave out rounds articles only mention'}
      </label>
      {running ? (
        <div class="dm-progress" role="status">
          <label>
            {`Exporting ${LABELS[running]}… `}
            <progress max={progress?.total || 1} value={progress?.done ?? 0} />
          </label>{' '}
          <button type="button" onClick={() => abort.current?.abort()}>Stop</button>
        </div>
      ) : message ? (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'dm-error' : 'dm-muted'}>{message.text}</p>
      ) : null}
    </div>
  );
}
