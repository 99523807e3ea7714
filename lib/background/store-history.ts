// The background's History backed by the local store: analyzed rounds are saved (merged with what other
// articles said) and each company's earlier rounds come back for the hover card.
import { articleKey, companyHistory, getRound, roundsForArticle, saveArticle, userEvidenceOn, userRound, withCorrections, type DealmarkDB, type StoredRound } from '@/lib/store';
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
  return {
    async save(article: Article, rounds: Round[]) {
      const meta = { url: article.url ?? '', title: article.title, site: article.site, published: article.published };
      const { roundIds } = await saveArticle(await db(), meta, rounds);
      await showCorrections(await db(), meta.url, rounds, roundIds);
      // Only the rounds the article reports are "today's"; an earlier round it merely recalls (and which the
      // store merged into the one already known) must stay in the history shown beside it.
      return roundIds.filter((id, i): id is number => id !== null && rounds[i]!.primary);
    },
    async userEdited(url: string) {
      const key = articleKey(url);
      for (const s of await roundsForArticle(await db(), key)) {
        if (s.corrected.length) return true;
        const detail = await getRound(await db(), s.id);
        if (detail?.sources.some((src) => src.addedByUser && src.articleUrl === key)) return true;
      }
      return false;
    },
    async earlierRounds(company: string, reported: RoundKeys) {
      const own = new Set(reported);
      return (await companyHistory(await db(), company)).filter((r) => !own.has(r.id)).map(asRound);
    },
  };
}
