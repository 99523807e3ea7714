// What a selection on the page can be added to a round as (kept apart from the parsing, so the message
// protocol can name the kinds without pulling the money grammar into every bundle).

/** What a selection can be added as. */
export type AddKind = 'amount' | 'valuation' | 'stage' | 'lead' | 'investor' | 'company';

export const ADD_KINDS: { kind: AddKind; label: string }[] = [
  { kind: 'amount', label: 'amount raised' },
  { kind: 'valuation', label: 'valuation' },
  { kind: 'stage', label: 'stage' },
  { kind: 'lead', label: 'lead investor' },
  { kind: 'investor', label: 'investor' },
  { kind: 'company', label: 'company' },
];
