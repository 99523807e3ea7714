// The background's History backed by the local store: analyzed rounds are saved (merged with what other
// articles said) and each company's earlier rounds come back for the hover card.
import { articleKey, companyHistory, getRound, roundsForArticle, saveArticle, userEvidenceOn, userRound, withCorrections, type DealmarkDB, type StoredRound } from '@/lib/store';
import { articleKeys } from '@/lib/store/article-key';
import type { Article, Round } from '@/lib/model';
import type { History, RoundKeys } from './analyze';

function asRound(r: StoredRound): Round {
  return {
    primary: r.primary,
    company: r.company,
    stage: r.stage,
    amount: r.amount,
    valuation: r.valuation,
    investors: r.investors,
    date: r.date,
    confidence: r.confidence,
    evidence: [],
  };
}

/**
 * The user's corrections win on the page too: each read round that landed in a corrected stored round is
 * replaced, in place (the analyzer hands this very list to the page), by the corrected reading with the
 * selections the user added facts from; rounds the user started on this page are added to the list.
 */
async function showCorrections(db: DealmarkDB, url: string, rounds: Round[], roundIds: readonly (number | null)[]): Promise<void> {
  const key = articleKey(url);
  for (const s of await roundsForArticle(db, key)) {
    if (!s.corrected.length) continue;
    const detail = await getRound(db, s.id);
    if (!detail) continue;
    const i = roundIds.indexOf(s.id);
    if (i >= 0) rounds[i] = withCorrections(rounds[i]!, s, userEvidenceOn(detail, key));
    else if (detail.sources.some((src) => src.addedByUser && src.articleUrl === key)) rounds.push(userRound(detail, key));
  }
}

export function storeHistory(db: () => Promise<DealmarkDB>): History {
  let open: DealmarkDB | null = null;
  /** The store once opened: a read issued without waiting a turn for the opening promise. */
  const opened = (d: DealmarkDB): DealmarkDB => (open = d);
  const dbNow = (): Promise<DealmarkDB> => db().then(opened, (err: unknown) => {
    open = null;
    throw err;
  });
  return {
    async save(article: Article, rounds: Round[]) {
      const meta = { url: article.url ?? '', title: article.title, site: article.site, published: article.published };
      const { roundIds } = await saveArticle(await dbNow(), meta, rounds);
      await showCorrections(await dbNow(), meta.url, rounds, roundIds);
      // Only the rounds the article reports are "today's"; an earlier round it merely recalls (and which the
      // store merged into the one already known) must stay in the history shown beside it.
      return roundIds.filter((id, i): id is number => id !== null && rounds[i]!.primary);
    },
    // On the page's critical path (the reply waits for it): one transaction, every read issued at once, and
    // issued synchronously when the store is open already, so it runs while the page is parsed and read.
    // (It was one transaction per round, four reads each in a row: 5 ms at p50, 25 at p95.)
    userEdited(url: string) {
      const key = articleKey(url);
      // A read-only look: it answers as soon as its reads do (no wait for the transaction's completion event).
      const ask = async (d: DealmarkDB): Promise<boolean> => {
        const tx = d.transaction(['sources', 'rounds'], 'readonly');
        const byArticle = tx.objectStore('sources').index('by-article');
        const sources = (await Promise.all(articleKeys(url).map((k) => byArticle.getAll(k)))).flat();
        // facts the user added from this article
        if (sources.some((src) => src.addedByUser && src.articleUrl === key)) return true;
        if (!sources.length) return false;
        const rounds = await Promise.all([...new Set(sources.map((src) => src.roundId))].map((id) => tx.objectStore('rounds').get(id)));
        return rounds.some((r) => !!r?.corrected.length);
      };
      // a handle closed since (version change, terminated) fails at once: the store is opened again
      return open ? ask(open).catch(() => dbNow().then(ask)) : dbNow().then(ask);
    },
    async earlierRounds(company: string, reported: RoundKeys) {
      const own = new Set(reported);
      return (await companyHistory(await dbNow(), company)).filter((r) => !own.has(r.id)).map(asRound);
    },
  };
}
