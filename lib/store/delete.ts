// Deletes. The UI asks the user to confirm; these functions just do it, atomically.
// Deleting a round, a source or a company is remembered on the articles that reported it (`dismissed`), so
// re-visiting the page does not bring the round back; deleting the article forgets that too.

import { StoreError } from './errors';
import { afterSourceRemoved, deleteRoundInTx, dismissSources } from './rounds-tx';
import { ALL_STORES, type DealmarkDB } from './schema';
import { inTransaction } from './tx';

export async function deleteRound(db: DealmarkDB, roundId: number): Promise<void> {
  return inTransaction(db, 'readwrite', async (tx) => {
    if (!(await tx.objectStore('rounds').getKey(roundId))) throw new StoreError('not_found', `round ${roundId}`);
    await dismissSources(tx, await tx.objectStore('sources').index('by-round').getAll(roundId));
    await deleteRoundInTx(tx, roundId);
  });
}

/** Removes one article's support for a round; a round left without sources is removed too. */
export async function deleteSource(db: DealmarkDB, sourceId: number): Promise<void> {
  return inTransaction(db, 'readwrite', async (tx) => {
    const source = await tx.objectStore('sources').get(sourceId);
    if (!source) throw new StoreError('not_found', `source ${sourceId}`);
    await tx.objectStore('sources').delete(sourceId);
    await dismissSources(tx, [source]);
    await afterSourceRemoved(tx, source.roundId);
  });
}

/** Forgets an article and everything only it reported; rounds other articles also report stay. */
export async function deleteArticle(db: DealmarkDB, url: string): Promise<void> {
  return inTransaction(db, 'readwrite', async (tx) => {
    const sources = await tx.objectStore('sources').index('by-article').getAll(url);
    for (const s of sources) await tx.objectStore('sources').delete(s.id);
    for (const roundId of new Set(sources.map((s) => s.roundId))) await afterSourceRemoved(tx, roundId);
    await tx.objectStore('articles').delete(url);
  });
}

/** Deletes a company with all its rounds (articles stay: they may report other companies). */
export async function deleteCompany(db: DealmarkDB, companyId: number): Promise<void> {
  return inTransaction(db, 'readwrite', async (tx) => {
    if (!(await tx.objectStore('companies').getKey(companyId))) throw new StoreError('not_found', `company ${companyId}`);
    const keys = await tx.objectStore('rounds').index('by-company-date').getAllKeys(IDBKeyRange.bound([companyId, ''], [companyId, '\uffff']));
    for (const id of keys) {
      await dismissSources(tx, await tx.objectStore('sources').index('by-round').getAll(id));
      await deleteRoundInTx(tx, id);
    }
    await tx.objectStore('companies').delete(companyId);
  });
}

export async function deleteEverything(db: DealmarkDB): Promise<void> {
  return inTransaction(db, 'readwrite', async (tx) => {
    for (const name of ALL_STORES) await tx.objectStore(name).clear();
  });
}

/** Lets a page's deleted rounds come back the next time it is saved. */
export async function forgetDismissals(db: DealmarkDB, url: string): Promise<void> {
  return inTransaction(
    db,
    'readwrite',
    async (tx) => {
      const article = await tx.objectStore('articles').get(url);
      if (!article?.dismissed) return;
      const { dismissed: _dropped, ...rest } = article;
      await tx.objectStore('articles').put(rest);
    },
    ['articles'],
  );
}
