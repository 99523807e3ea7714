// "Add from the page": the user selects a name or a figure in the article, then adds it here to one of the
// page's rounds (as amount, valuation, stage, lead, investor or company) or starts a new round with it. The
// selection is the fact's evidence; it wins over later readings like a correction and is highlighted later.
import { useState } from 'preact/hooks';
import { ADD_KINDS, type AddKind } from '../lib/selection/kinds';
import type { PageSelection } from '../lib/selection/snapshot';
import type { StoredRound } from '../lib/store';
import { stageLabel } from '../lib/labels';
import type { DealmarkApi, PageInfo } from './api';
import { errorText } from './text';

const NEW_ROUND = 'new';

export function AddFromPage(props: { api: DealmarkApi; info: PageInfo; rounds: readonly StoredRound[]; onAdded: () => void }) {
  const { api, info, rounds } = props;
  const [selection, setSelection] = useState<PageSelection | null>(null);
  const [kind, setKind] = useState<AddKind>('investor');
  const [target, setTarget] = useState<string>(rounds[0] ? String(rounds[0].id) : NEW_ROUND);
  const [company, setCompany] = useState(rounds[0]?.company ?? '');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const tabId = info.tabId;
  if (tabId === null) return null;

  const read = async () => {
    setMessage(null);
    try {
      const s = await api.readSelection(tabId);
      if (!s) setMessage({ error: true, text: 'Nothing is selected on the page: select a name or a figure in the article, then click again.' });
      setSelection(s);
    } catch (e) {
      setMessage({ error: true, text: errorText(e) });
    }
  };

  const add = async (e: Event) => {
    e.preventDefault();
    if (!selection) return;
    const articleUrl = info.state?.articleUrl ?? info.url ?? selection.url;
    try {
      await api.send({
        type: 'add-fact',
        article: { url: articleUrl, title: info.state?.title ?? '', site: null, published: null },
        roundId: target === NEW_ROUND ? null : Number(target),
        ...(target === NEW_ROUND && kind !== 'company' ? { company } : {}),
        kind,
        selection,
      });
      setMessage({ error: false, text: `Added “${selection.text}”.` });
      setSelection(null);
      props.onAdded();
    } catch (err) {
      setMessage({ error: true, text: errorText(err) });
    }
  };

  return (
    <section class="dm-add" aria-label="Add from the page">
      {selection ? (
        <form onSubmit={add} aria-label="Add the selected text">
          <p class="dm-add-quote">{`“${selection.text}”`}</p>
          <label>
            {'Add as '}
            <select value={kind} onChange={(e) => setKind(e.currentTarget.value as AddKind)}>
              {ADD_KINDS.map((k) => <option value={k.kind} key={k.kind}>{k.label}</option>)}
            </select>
          </label>{' '}
          <label>
            {'to '}
            <select value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              {rounds.map((r) => <option value={String(r.id)} key={r.id}>{`${r.company} ${stageLabel(r.stage)}`}</option>)}
              <option value={NEW_ROUND}>a new round</option>
            </select>
          </label>
          {target === NEW_ROUND && kind !== 'company' ? (
            <label>
              {'Company '}
              <input value={company} required maxLength={300} onInput={(e) => setCompany(e.currentTarget.value)} />
            </label>
          ) : null}
          <div class="dm-actions">
            <button type="submit" class="dm-primary">Add</button>
            <button type="button" onClick={() => setSelection(null)}>Cancel</button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={read}>Add the text selected on the page…</button>
      )}
      {message ? <p role={message.error ? 'alert' : 'status'} class={message.error ? 'dm-error' : 'dm-muted'}>{message.text}</p> : null}
    </section>
  );
}
