// The background's History backed by the local store: analyzed rounds are saved (merged with what other
// articles said) and each company's earlier rounds come back for the hover card.
import { companyHistory, roundsForArticle, saveArticle, type DealmarkDB, type StoredRound } from '@/lib/store';
import type { Article, Round } from '@/lib/model';
import type { History } from './analyze';

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

export function storeHistory(db: () => Promise<DealmarkDB>): History {
  return {
    async save(article: Article, rounds: Round[]) {
      const meta = { url: article.url ?? '', title: article.title, site: article.site, published: article.published };
      await saveArticle(await db(), meta, rounds);
    },
    async earlierRounds(company: string, exceptUrl: string) {
      const store = await db();
      const own = new Set((await roundsForArticle(store, exceptUrl)).map((r) => r.id));
      return (await companyHistory(store, company)).filter((r) => !own.has(r.id)).map(asRound);
    },
  };
}
