// The writes extension pages ask for (popup, options): corrections, deletes, company and investor merges, backup import.
// The background owns every write to the store; pages only read. Kept apart from handle.ts so the
// dispatcher stays one screen and these can be tested with fake-indexeddb, without a browser.
import type { PageRequest } from '../messages';
import { selectionFact } from '../selection';
import {
  addFactFromPage,
  correctRound,
  deleteArticle,
  deleteCompany,
  deleteEverything,
  deleteRound,
  deleteSource,
  mergeCompanies,
  mergeInvestors,
  openStore,
  removeCorrection,
  splitCompany,
  splitInvestor,
  StoreError,
  type DealmarkDB,
} from '../store';
import { importBackupText, type ImportReport } from './import-backup';

export type { ImportReport };

let opening: Promise<DealmarkDB> | null = null;

/** The background's one connection, opened on first use and reopened after the browser or an upgrade closed it. */
export function backgroundDb(): Promise<DealmarkDB> {
  opening ??= openStore({
    onVersionChange: () => (opening = null),
    onTerminated: () => (opening = null),
  }).catch((err: unknown) => {
    opening = null;
    throw err;
  });
  return opening;
}

export async function handlePageRequest(req: PageRequest, db: DealmarkDB): Promise<unknown> {
  switch (req.type) {
    case 'correct-round':
      return correctRound(db, req.roundId, req.correction);
    case 'remove-correction':
      return removeCorrection(db, req.roundId, req.field);
    case 'delete-round':
      await deleteRound(db, req.roundId);
      return { deleted: true };
    case 'delete-source':
      await deleteSource(db, req.sourceId);
      return { deleted: true };
    case 'delete-article':
      await deleteArticle(db, req.url);
      return { deleted: true };
    case 'delete-company':
      await deleteCompany(db, req.companyId);
      return { deleted: true };
    case 'delete-everything':
      await deleteEverything(db);
      return { deleted: true };
    case 'merge-companies':
      return mergeCompanies(db, req.targetId, req.otherId);
    case 'split-company':
      return splitCompany(db, req.companyId, req.names);
    case 'add-fact': {
      const read = selectionFact(req.kind, req.selection);
      if (!read.ok) throw new StoreError('invalid', read.message);
      return addFactFromPage(db, { article: req.article, roundId: req.roundId, company: req.company, fact: read.fact, evidence: read.evidence });
    }
    case 'merge-investors':
      return mergeInvestors(db, req.targetId, req.otherId);
    case 'split-investor':
      return splitInvestor(db, req.investorId, req.names);
    case 'import-backup':
      return importBackupText(db, req.text);
  }
}
