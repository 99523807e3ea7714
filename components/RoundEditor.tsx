// Correcting a round in place: company, stage, date, amount, currency, valuation and investors with roles.
// Only the fields the user changed are sent, each as one correction; the store keeps them apart from what the
// sources say, so they win over every later reading of the same page.
import { useState } from 'preact/hooks';
import type { Correction, StoredRound } from '../lib/store';
import type { Investor, Money, Qualifier, Stage, Valuation, ValuationBasis } from '../lib/model';
import { amountText, parseAmount } from './money-input';
import { STAGE_OPTIONS } from '../lib/labels';

const QUALIFIERS: { value: Qualifier; label: string }[] = [
  { value: 'exact', label: 'exactly' },
  { value: 'about', label: 'about' },
  { value: 'more_than', label: 'more than' },
  { value: 'up_to', label: 'up to' },
];

const BASES: { value: ValuationBasis; label: string }[] = [
  { value: 'unspecified', label: 'basis not stated' },
  { value: 'pre', label: 'pre-money' },
  { value: 'post', label: 'post-money' },
];

interface MoneyDraft {
  text: string;
  currency: string;
  qualifier: Qualifier;
}

const moneyDraft = (m: Money | null): MoneyDraft => ({
  text: amountText(m?.value),
  currency: m?.currency ?? 'USD',
  qualifier: m?.qualifier ?? 'exact',
});

function draftMoney(d: MoneyDraft, original: Money | null, what: string): Money | null {
  if (!d.text.trim()) return null;
  // Unchanged text keeps the exact stored value ("1.23bn" is shown for 1,234,567,890).
  const value = original && d.text === amountText(original.value) ? original.value : parseAmount(d.text);
  if (value === null) throw new Error(`The ${what} "${d.text}" is not an amount. Try 600m, 1.2bn or 15000000.`);
  const currency = d.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw new Error(`The ${what} currency needs a three-letter code such as USD, EUR or INR.`);
  return { value, currency, qualifier: d.qualifier };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The corrections that turn `round` into what the form says (none for untouched fields). */
export function correctionsFrom(round: StoredRound, form: EditorForm): Correction[] {
  const out: Correction[] = [];
  const company = form.company.trim();
  if (!company) throw new Error('The company needs a name.');
  if (company !== round.company) out.push({ field: 'company', value: company });
  if (form.stage !== round.stage) out.push({ field: 'stage', value: form.stage });
  const date = form.date.trim() || null;
  if (date !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) throw new Error('The date should look like 2024, 2024-03 or 2024-03-12.');
  if (date !== round.date) out.push({ field: 'date', value: date });
  const amount = draftMoney(form.amount, round.amount, 'amount');
  if (!sameJson(amount && { ...amount, alt: undefined }, round.amount && { value: round.amount.value, currency: round.amount.currency, qualifier: round.amount.qualifier, alt: undefined }))
    out.push({ field: 'amount', value: amount });
  const vMoney = draftMoney(form.valuation, round.valuation, 'valuation');
  const valuation: Valuation | null = vMoney ? { ...vMoney, basis: form.basis } : null;
  const stored = round.valuation && { value: round.valuation.value, currency: round.valuation.currency, qualifier: round.valuation.qualifier, basis: round.valuation.basis };
  if (!sameJson(valuation, stored)) out.push({ field: 'valuation', value: valuation });
  const investors = form.investors.map((i) => ({ name: i.name.trim(), role: i.role })).filter((i) => i.name);
  if (!sameJson(investors, round.investors.map((i) => ({ name: i.name, role: i.role })))) out.push({ field: 'investors', value: investors });
  return out;
}

export interface EditorForm {
  company: string;
  stage: Stage | null;
  date: string;
  amount: MoneyDraft;
  valuation: MoneyDraft;
  basis: ValuationBasis;
  investors: Investor[];
}

export function formFor(round: StoredRound): EditorForm {
  return {
    company: round.company,
    stage: round.stage,
    date: round.date ?? '',
    amount: moneyDraft(round.amount),
    valuation: moneyDraft(round.valuation),
    basis: round.valuation?.basis ?? 'unspecified',
    investors: round.investors.map((i) => ({ ...i })),
  };
}

function MoneyFields(props: { id: string; label: string; draft: MoneyDraft; onChange: (d: MoneyDraft) => void }) {
  const { id, draft, onChange } = props;
  return (
    <fieldset class="dm-money">
      <legend>{props.label}</legend>
      <label>
        <span class="dm-sr">{`${props.label} qualifier`}</span>
        <select value={draft.qualifier} onChange={(e) => onChange({ ...draft, qualifier: e.currentTarget.value as Qualifier })}>
          {QUALIFIERS.map((q) => <option value={q.value}>{q.label}</option>)}
        </select>
      </label>
      <label>
        <span class="dm-sr">{`${props.label} amount`}</span>
        <input id={id} name={`${id}-value`} value={draft.text} placeholder="e.g. 600m" inputMode="decimal" size={9}
          onInput={(e) => onChange({ ...draft, text: e.currentTarget.value })} />
      </label>
      <label>
        <span class="dm-sr">{`${props.label} currency`}</span>
        <input name={`${id}-currency`} value={draft.currency} size={4} maxLength={3} autoCapitalize="characters"
          onInput={(e) => onChange({ ...draft, currency: e.currentTarget.value.toUpperCase() })} />
      </label>
    </fieldset>
  );
}

export function RoundEditor(props: {
  round: StoredRound;
  onSave: (corrections: Correction[]) => Promise<void>;
  onCancel: () => void;
}) {
  const { round } = props;
  const [form, setForm] = useState<EditorForm>(() => formFor(round));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const idp = `edit-${round.id}`;
  const set = <K extends keyof EditorForm>(key: K, value: EditorForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setInvestor = (i: number, inv: Investor | null) =>
    set('investors', inv ? form.investors.map((x, j) => (j === i ? inv : x)) : form.investors.filter((_, j) => j !== i));

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    let corrections: Correction[];
    try {
      corrections = correctionsFrom(round, form);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      return;
    }
    if (!corrections.length) return props.onCancel();
    setBusy(true);
    try {
      await props.onSave(corrections);
    } catch (err) {
      setError(err instanceof Error ? err.message.replace(/^Dealmark: /, '') : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="dm-editor" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && props.onCancel()} aria-label={`Correct ${round.company}'s round`}>
      <label>
        Company
        <input name="company" value={form.company} required maxLength={300} onInput={(e) => set('company', e.currentTarget.value)} autoFocus />
      </label>
      <div class="dm-row">
        <label>
          Stage
          <select name="stage" value={form.stage ?? ''} onChange={(e) => set('stage', (e.currentTarget.value || null) as Stage | null)}>
            <option value="">not stated</option>
            {STAGE_OPTIONS.map((s) => <option value={s.value}>{s.label}</option>)}
          </select>
        </label>
        <label>
          Date
          <input name="date" value={form.date} placeholder="2024-03" size={10} onInput={(e) => set('date', e.currentTarget.value)} />
        </label>
      </div>
      <MoneyFields id={`${idp}-amount`} label="Amount raised" draft={form.amount} onChange={(d) => set('amount', d)} />
      <MoneyFields id={`${idp}-valuation`} label="Valuation" draft={form.valuation} onChange={(d) => set('valuation', d)} />
      <label>
        Valuation basis
        <select name="basis" value={form.basis} onChange={(e) => set('basis', e.currentTarget.value as ValuationBasis)}>
          {BASES.map((b) => <option value={b.value}>{b.label}</option>)}
        </select>
      </label>
      <fieldset class="dm-investors-edit">
        <legend>Investors</legend>
        {form.investors.map((inv, i) => (
          <div class="dm-row" key={i}>
            <label>
              <span class="dm-sr">{`Investor ${i + 1} name`}</span>
              <input name={`investor-${i}`} value={inv.name} maxLength={300} onInput={(e) => setInvestor(i, { ...inv, name: e.currentTarget.value })} />
            </label>
            <label>
              <span class="dm-sr">{`Investor ${i + 1} role`}</span>
              <select name={`investor-${i}-role`} value={inv.role} onChange={(e) => setInvestor(i, { ...inv, role: e.currentTarget.value as Investor['role'] })}>
                <option value="lead">lead</option>
                <option value="participant">participant</option>
              </select>
            </label>
            <button type="button" aria-label={`Remove ${inv.name || 'this investor'}`} onClick={() => setInvestor(i, null)}>Remove</button>
          </div>
        ))}
        <button type="button" onClick={() => set('investors', [...form.investors, { name: '', role: 'participant' }])}>Add investor</button>
      </fieldset>
      {error ? <p class="dm-error" role="alert">{error}</p> : null}
      <div class="dm-row">
        <button type="submit" class="dm-primary" disabled={busy}>{busy ? 'Saving…' : 'Save correction'}</button>
        <button type="button" onClick={props.onCancel}>Cancel</button>
      </div>
    </form>
  );
}
