// What the page shows after the user corrected a round: the extractor's reading with the corrected fields
// replaced, so the hover card says what the popup says. Evidence stays: it is still where the page says it,
// and the selections the user added facts from join it, so the page highlights them too.
import type { Evidence, Round } from '../model';
import type { RoundDetail, StoredRound } from './types';

export function withCorrections(read: Round, stored: StoredRound, added: readonly Evidence[] = []): Round {
  const out: Round = { ...read, evidence: [...read.evidence, ...added] };
  for (const field of stored.corrected) {
    if (field === 'company') out.company = stored.company;
    else if (field === 'investors') out.investors = stored.investors.map((i) => ({ ...i }));
    else out[field] = stored[field] as never;
  }
  return out;
}

/** The selections made on article `url` behind a round's corrections. */
export function userEvidenceOn(detail: Pick<RoundDetail, 'corrections'>, url: string): Evidence[] {
  return detail.corrections.flatMap((c) => (c.evidence ?? []).filter((u) => u.articleUrl === url).map((u) => u.evidence));
}

/** A round the user started on this article, as the page shows it: the stored round with its evidence there. */
export function userRound(detail: Pick<RoundDetail, 'round' | 'sources' | 'corrections'>, url: string): Round {
  const { round } = detail;
  const own = detail.sources.filter((s) => s.articleUrl === url).flatMap((s) => s.evidence);
  const added = userEvidenceOn(detail, url).filter((e) => !own.some((o) => o.text === e.text && o.kind === e.kind));
  return {
    primary: round.primary, company: round.company, stage: round.stage, amount: round.amount, valuation: round.valuation,
    investors: round.investors.map((i) => ({ ...i })), date: round.date, confidence: round.confidence, evidence: [...own, ...added],
  };
}
