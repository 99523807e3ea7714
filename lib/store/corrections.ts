// The user's corrections: stored apart from what sources say, applied last, so they win over every
// re-extraction and survive re-visiting the page (the page's source is updated, the correction is not).

import { StoreError } from './errors';
import { ensureEntity } from './entities';
import { bestMatch } from './match';
import { foldRoundInto } from './rounds-tx';
import { recomputeRound, roundsOfCompany } from './save';
import type { DealmarkDB } from './schema';
import { addRecord, inTransaction, now, type RwTx } from './tx';
import { investorKey } from './normalize';
import type { CorrectableField, Correction, CorrectionRecord, StoredRound, UserEvidence } from './types';
import { correctionProblem } from './validate';


async function moveToCompany(tx: RwTx, round: StoredRound, name: string): Promise<void> {
  const company = await ensureEntity(tx, 'companies', name);
  await tx.objectStore('rounds').put({ ...round, companyId: company.id, company: company.name });
}

/**
 * The selections still behind a correction: a new selection joins them; an investor's stays while the investor
 * is in the list; any other field's goes when the value is corrected by hand.
 */
function keptEvidence(correction: Correction, old: readonly UserEvidence[] = [], added: readonly UserEvidence[] = []): UserEvidence[] {
  const still = correction.field === 'investors'
    ? old.filter((u) => correction.value.some((i) => investorKey(i.name) === investorKey(u.evidence.text)))
    : [];
  const fresh = added.filter((a) => !still.some((u) => u.articleUrl === a.articleUrl && u.evidence.text === a.evidence.text));
  return [...still, ...fresh];
}

/** Used by backup import too: upserts the correction for (round, field) and re-decides the round. */
export async function applyCorrectionInTx(
  tx: RwTx,
  roundId: number,
  correction: Correction,
  createdAt = now(),
  /** Selections the correction was made from (add from the page, backup import). */
  added: readonly UserEvidence[] = [],
): Promise<StoredRound> {
  const round = await tx.objectStore('rounds').get(roundId);
  if (!round) throw new StoreError('not_found', `round ${roundId}`);
  const store = tx.objectStore('corrections');
  const old = await store.index('by-round-field').get([roundId, correction.field]);
  const evidence = keptEvidence(correction, old?.evidence, added);
  const record = { ...correction, roundId, createdAt, ...(evidence.length ? { evidence } : {}) } as Omit<CorrectionRecord, 'id'>;
  if (old) await store.put({ ...record, id: old.id } as CorrectionRecord);
  else await addRecord(tx, 'corrections', record);
  if (correction.field === 'company') await moveToCompany(tx, round, correction.value);
  const next = await recomputeRound(tx, roundId);
  if (!next) throw new StoreError('not_found', `round ${roundId}`);
  return correction.field === 'company' ? mergeWithSameRound(tx, next) : next;
}

/**
 * A round renamed into a company that already has this round (the same rule as saving) becomes one round
 * with both rounds' sources and corrections, not a second copy.
 */
async function mergeWithSameRound(tx: RwTx, round: StoredRound): Promise<StoredRound> {
  const others = (await roundsOfCompany(tx, round.companyId)).filter((r) => r.id !== round.id);
  const same = bestMatch(round, others);
  if (!same) return round;
  await foldRoundInto(tx, round.id, same.id);
  const merged = await tx.objectStore('rounds').get(same.id);
  if (!merged) throw new StoreError('not_found', `round ${same.id}`);
  return merged;
}

export async function correctRound(db: DealmarkDB, roundId: number, correction: Correction): Promise<StoredRound> {
  const problem = correctionProblem(correction);
  if (problem) throw new StoreError('invalid', problem);
  return inTransaction(db, 'readwrite', (tx) => applyCorrectionInTx(tx, roundId, correction));
}

/** Goes back to what the sources say for that field. */
export async function removeCorrection(db: DealmarkDB, roundId: number, field: CorrectableField): Promise<StoredRound> {
  return inTransaction(db, 'readwrite', async (tx) => {
    const round = await tx.objectStore('rounds').get(roundId);
    if (!round) throw new StoreError('not_found', `round ${roundId}`);
    const key = await tx.objectStore('corrections').index('by-round-field').getKey([roundId, field]);
    if (key !== undefined) await tx.objectStore('corrections').delete(key);
    if (field === 'company') {
      const sources = await tx.objectStore('sources').index('by-round').getAll(roundId);
      const first = sources[0];
      if (first) await moveToCompany(tx, round, first.facts.company);
    }
    const next = await recomputeRound(tx, roundId);
    if (!next) throw new StoreError('not_found', `round ${roundId}`);
    return next;
  });
}
