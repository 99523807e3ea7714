// What the page shows after the user corrected a round: the extractor's reading with the corrected fields
// replaced, so the hover card says what the popup says. Evidence stays: it is still where the page says it.
import type { Round } from '../model';
import type { StoredRound } from './types';

export function withCorrections(read: Round, stored: StoredRound): Round {
  const out: Round = { ...read };
  for (const field of stored.corrected) {
    if (field === 'company') out.company = stored.company;
    else if (field === 'investors') out.investors = stored.investors.map((i) => ({ ...i }));
    else out[field] = stored[field] as never;
  }
  return out;
}
