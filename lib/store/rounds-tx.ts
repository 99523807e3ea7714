// Transaction-level building blocks shared by deletes, merges and backup import.

import { mergeDismissed, recomputeRound } from './save';
import type { SourceRecord } from './types';
import type { RwTx } from './tx';

export async function deleteRoundInTx(tx: RwTx, roundId: number): Promise<void> {
  for (const key of await tx.objectStore('sources').index('by-round').getAllKeys(roundId)) await tx.objectStore('sources').delete(key);
  for (const key of await tx.objectStore('corrections').index('by-round').getAllKeys(roundId)) await tx.objectStore('corrections').delete(key);
  await tx.objectStore('rounds').delete(roundId);
}

/** After a source left a round: the round is re-decided, or removed when nothing reports it any more. */
export async function afterSourceRemoved(tx: RwTx, roundId: number): Promise<void> {
  const left = await tx.objectStore('sources').index('by-round').count(roundId);
  if (left === 0) await deleteRoundInTx(tx, roundId);
  else await recomputeRound(tx, roundId);
}

/**
 * Folds round `fromId` into round `toId`: its sources and corrections move over (the target's own win where
 * both have one for the same article or field), then `fromId` is deleted.
 */
export async function foldRoundInto(tx: RwTx, fromId: number, toId: number): Promise<void> {
  const sources = tx.objectStore('sources');
  for (const s of await sources.index('by-round').getAll(fromId)) {
    const clash = await sources.index('by-round-article').getKey([toId, s.articleUrl]);
    if (clash === undefined) await sources.put({ ...s, roundId: toId });
    else await sources.delete(s.id);
  }
  const corrections = tx.objectStore('corrections');
  for (const c of await corrections.index('by-round').getAll(fromId)) {
    const clash = await corrections.index('by-round-field').getKey([toId, c.field]);
    if (clash === undefined) await corrections.put({ ...c, roundId: toId });
    else await corrections.delete(c.id);
  }
  const from = await tx.objectStore('rounds').get(fromId);
  const to = await tx.objectStore('rounds').get(toId);
  await tx.objectStore('rounds').delete(fromId);
  if (from && to && from.firstSeen < to.firstSeen) await tx.objectStore('rounds').put({ ...to, firstSeen: from.firstSeen });
  await recomputeRound(tx, toId);
}

/** Remembers, on each source's article, that the user deleted what that source reported. */
export async function dismissSources(tx: RwTx, sources: readonly SourceRecord[]): Promise<void> {
  const byUrl = new Map<string, SourceRecord[]>();
  for (const s of sources) byUrl.set(s.articleUrl, [...(byUrl.get(s.articleUrl) ?? []), s]);
  for (const [url, list] of byUrl) {
    const article = await tx.objectStore('articles').get(url);
    if (!article) continue;
    const added = list.map(({ facts: { company, stage, amount, date } }) => ({ company, stage, amount, date }));
    await tx.objectStore('articles').put({ ...article, dismissed: mergeDismissed(article.dismissed, added) });
  }
}
