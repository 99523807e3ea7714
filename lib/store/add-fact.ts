// "Add from the page": a fact the user selected on an article joins a round of that article, or starts a new
// round. It is stored as a correction (so it wins over every later reading, as corrections do) carrying the
// selection as its evidence, which the page highlights on later visits.
import type { Evidence, Investor, Round } from '../model';
import type { SelectedValue } from '../selection/fact';
import { articleKey } from './article-key';
import { applyCorrectionInTx } from './corrections';
import { StoreError } from './errors';
import { investorKey, nameKey } from './normalize';
import { placeRound, putArticle, toIncoming } from './save';
import type { DealmarkDB } from './schema';
import { inTransaction, now, type RwTx } from './tx';
import type { ArticleMeta, Correction, StoredRound } from './types';

export interface AddFact {
  article: ArticleMeta;
  /** The round of this article to add to; null starts a new round of `company`. */
  roundId: number | null;
  /** For a new round: whose round it is (a company selection names it itself). */
  company?: string;
  fact: SelectedValue;
  evidence: Evidence;
}

/** The correction that puts the selected fact into `round`. */
export function correctionFor(fact: SelectedValue, round: Pick<StoredRound, 'investors'>): Correction {
  switch (fact.kind) {
    case 'amount':
      return { field: 'amount', value: fact.value };
    case 'valuation':
      return { field: 'valuation', value: fact.value };
    case 'stage':
      return { field: 'stage', value: fact.value };
    case 'company':
      return { field: 'company', value: fact.value };
    case 'lead':
    case 'investor': {
      const role = fact.kind === 'lead' ? 'lead' : 'participant';
      const key = investorKey(fact.value);
      const known = round.investors.some((i) => investorKey(i.name) === key);
      const investors: Investor[] = known
        ? round.investors.map((i) => (investorKey(i.name) === key ? { ...i, role: role === 'lead' ? 'lead' : i.role } : i))
        : [...round.investors, { name: fact.value, role }];
      return { field: 'investors', value: investors };
    }
  }
}

/** A new round holding just the selected fact, as a source of this article. */
async function startRound(tx: RwTx, add: AddFact): Promise<number> {
  const company = (add.fact.kind === 'company' ? add.fact.value : add.company ?? '').trim();
  if (!nameKey(company)) throw new StoreError('invalid', 'a new round needs the company it belongs to');
  const round: Round = {
    primary: true,
    company,
    stage: add.fact.kind === 'stage' ? add.fact.value : null,
    amount: add.fact.kind === 'amount' ? add.fact.value : null,
    valuation: add.fact.kind === 'valuation' ? add.fact.value : null,
    investors: add.fact.kind === 'lead' || add.fact.kind === 'investor' ? [{ name: add.fact.value, role: add.fact.kind === 'lead' ? 'lead' : 'participant' }] : [],
    date: null,
    confidence: 1,
    evidence: [add.evidence],
  };
  const incoming = toIncoming(round, add.article);
  if (!incoming) throw new StoreError('invalid', 'a new round needs the company it belongs to');
  const articleSources = await tx.objectStore('sources').index('by-article').getAll(add.article.url);
  const { roundId } = await placeRound(tx, add.article.url, { ...incoming, addedByUser: true }, articleSources);
  return roundId;
}

export async function addFactFromPage(db: DealmarkDB, add: AddFact): Promise<StoredRound> {
  const article = { ...add.article, url: articleKey(add.article.url) };
  return inTransaction(db, 'readwrite', async (tx) => {
    await putArticle(tx, article, now());
    const roundId = add.roundId ?? (await startRound(tx, { ...add, article }));
    const round = await tx.objectStore('rounds').get(roundId);
    if (!round) throw new StoreError('not_found', `round ${roundId}`);
    return applyCorrectionInTx(tx, roundId, correctionFor(add.fact, round), now(), [{ articleUrl: article.url, evidence: add.evidence }]);
  });
}
