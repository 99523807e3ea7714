// Saving an article's rounds: the read-merge-write happens inside ONE readwrite transaction over every store,
// so concurrent saves (many tabs) are serialized by IndexedDB and can neither lose a write nor create the
// same round twice. See match.ts for when two reports are one round.

import type { Evidence, Round } from '../model';
import { articleKey } from './article-key';
import { StoreError } from './errors';
import { ensureEntity, ensureEntityWithAliases } from './entities';
import { bestMatch, isSameRound } from './match';
import { nameKey } from './normalize';
import { resolveRound } from './resolve';
import type { DealmarkDB } from './schema';
import { addRecord, inTransaction, now, type RwTx } from './tx';
import type { ArticleMeta, ArticleRecord, DismissedRound, RoundFacts, SaveResult, SourceRecord, StoredRound } from './types';
import { articleProblem, roundProblem } from './validate';

export interface IncomingRound {
  facts: RoundFacts;
  evidence: Evidence[];
  /** Started by the user from a selection (add from the page). */
  addedByUser?: boolean;
  /** When the fact was first seen (backup import keeps the original time). */
  seenAt?: string;
}

export type PlaceOutcome = 'added' | 'merged' | 'unchanged';

/** The extractor's other names for the company (`Round.aliases`, added to lib/model by the extractor). */
function aliasesOf(round: Round): { aliases?: string[] } {
  const aliases = (round as { aliases?: unknown }).aliases;
  const names = Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '' && a.length <= 300).slice(0, 10) : [];
  return names.length ? { aliases: names.map((a) => a.trim()) } : {};
}

/**
 * A primary round without its own date was announced when the article was published; when the article has no
 * date either, the day it was read is the best date there is (marked, and shown as "seen …").
 */
export function toIncoming(round: Round, article: ArticleMeta, seenAt = now()): IncomingRound | null {
  const company = round.company?.trim();
  if (!company || !nameKey(company)) return null;
  const seen = !round.date && round.primary && !article.published;
  return {
    facts: {
      primary: round.primary,
      company,
      stage: round.stage ?? null,
      amount: round.amount ?? null,
      valuation: round.valuation ?? null,
      investors: (round.investors ?? []).filter((i) => i.name.trim() !== '').map((i) => ({ name: i.name.trim(), role: i.role })),
      date: round.date ?? (round.primary ? article.published ?? seenAt.slice(0, 10) : null),
      ...aliasesOf(round),
      confidence: typeof round.confidence === 'number' ? round.confidence : 0.5,
      ...(seen ? { dateSeen: true } : {}),
    },
    evidence: round.evidence ?? [],
  };
}

/** Re-decides a round from its sources and corrections and writes it. */
export async function recomputeRound(tx: RwTx, roundId: number): Promise<StoredRound | undefined> {
  const round = await tx.objectStore('rounds').get(roundId);
  if (!round) return undefined;
  const sources = await tx.objectStore('sources').index('by-round').getAll(roundId);
  const corrections = await tx.objectStore('corrections').index('by-round').getAll(roundId);
  const resolved = resolveRound(sources, corrections);
  const investorIds: number[] = [];
  for (const inv of resolved.investors) {
    const entity = await ensureEntity(tx, 'investors', inv.name);
    if (!investorIds.includes(entity.id)) investorIds.push(entity.id);
  }
  const company = await tx.objectStore('companies').get(round.companyId);
  const next: StoredRound = {
    ...round,
    ...resolved,
    company: company?.name ?? round.company,
    investorIds,
    dateKey: resolved.date ?? '',
    sourceCount: sources.length,
    articleUrls: [...new Set(sources.map((s) => s.articleUrl))],
    updatedAt: now(),
  };
  await tx.objectStore('rounds').put(next);
  return next;
}

export async function roundsOfCompany(tx: RwTx, companyId: number): Promise<StoredRound[]> {
  return tx.objectStore('rounds').index('by-company-date').getAll(IDBKeyRange.bound([companyId, ''], [companyId, '\uffff']));
}

/** Rounds the user corrected are also matched by what their sources originally said. */
async function findCandidate(tx: RwTx, companyId: number, facts: RoundFacts): Promise<StoredRound | undefined> {
  const candidates = await roundsOfCompany(tx, companyId);
  const direct = bestMatch(facts, candidates);
  if (direct) return direct;
  for (const c of candidates) {
    if (c.corrected.length === 0) continue;
    const sources = await tx.objectStore('sources').index('by-round').getAll(c.id);
    if (sources.some((s) => isSameRound(facts, s.facts))) return c;
  }
  return undefined;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Puts one reported round where it belongs. `articleSources` are the sources this article already has
 * (kept up to date by this function), checked first: a re-visited page must land on the same rounds even
 * after the user corrected their company or stage.
 */
export async function placeRound(
  tx: RwTx,
  articleUrl: string,
  incoming: IncomingRound,
  articleSources: SourceRecord[],
  /** Sources written earlier in the same save of this page. */
  touched?: Set<number>,
): Promise<{ roundId: number; outcome: PlaceOutcome }> {
  let { facts } = incoming;
  const key = nameKey(facts.company);
  const seenAt = incoming.seenAt ?? now();
  let existing = articleSources.find((s) => nameKey(s.facts.company) === key && isSameRound(facts, s.facts));
  let roundId = existing?.roundId;
  let created = false;

  const company = await ensureEntityWithAliases(tx, 'companies', facts.company, facts.aliases);
  if (roundId === undefined) {
    const match = await findCandidate(tx, company.id, facts);
    if (match) {
      roundId = match.id;
      existing = await tx.objectStore('sources').index('by-round-article').get([match.id, articleUrl]);
    } else {
      const stub: Omit<StoredRound, 'id'> = {
        companyId: company.id,
        company: company.name,
        stage: null,
        amount: null,
        valuation: null,
        investors: [],
        date: null,
        primary: facts.primary,
        reportedIn: 0,
        mentionedIn: 0,
        confidence: facts.confidence,
        investorIds: [],
        dateKey: '',
        sourceCount: 0,
        articleUrls: [],
        conflicts: [],
        corrected: [],
        firstSeen: seenAt,
        updatedAt: seenAt,
      };
      roundId = await addRecord(tx, 'rounds', stub);
      created = true;
    }
  }

  let outcome: PlaceOutcome;
  if (existing) {
    outcome = 'unchanged';
    // An undated article read again on another day: the day it was first read stays the round's date.
    if (facts.dateSeen && existing.facts.dateSeen) facts = { ...facts, date: existing.facts.date };
    // Two reports of one round in the same page ("raised $410m in a Series B… the Series B, led by…"): one
    // source per page, and the report of the round as news beats a passing mention.
    const keepEarlier = touched?.has(existing.id) === true && !(facts.primary && !existing.facts.primary);
    touched?.add(existing.id);
    if (keepEarlier || (sameJson(existing.facts, facts) && sameJson(existing.evidence, incoming.evidence))) return { roundId, outcome };
    const updated: SourceRecord = { ...existing, facts, evidence: incoming.evidence };
    await tx.objectStore('sources').put(updated);
    const i = articleSources.findIndex((s) => s.id === existing?.id);
    if (i >= 0) articleSources[i] = updated;
    else articleSources.push(updated);
  } else {
    const source: Omit<SourceRecord, 'id'> = { roundId, articleUrl, facts, evidence: incoming.evidence, seenAt, ...(incoming.addedByUser ? { addedByUser: true } : {}) };
    const id = await addRecord(tx, 'sources', source);
    articleSources.push({ ...source, id });
    touched?.add(id);
    outcome = created ? 'added' : 'merged';
  }
  await recomputeRound(tx, roundId);
  return { roundId, outcome };
}

export async function putArticle(tx: RwTx, meta: ArticleMeta & { dismissed?: DismissedRound[] }, seenAt = now()): Promise<ArticleRecord> {
  const store = tx.objectStore('articles');
  const old = await store.get(meta.url);
  const record: ArticleRecord = {
    url: meta.url,
    title: meta.title || old?.title || '',
    site: meta.site ?? old?.site ?? null,
    published: meta.published ?? old?.published ?? null,
    firstSeen: old && old.firstSeen < seenAt ? old.firstSeen : seenAt,
    lastSeen: old && old.lastSeen > seenAt ? old.lastSeen : seenAt,
  };
  const dismissed = mergeDismissed(old?.dismissed, meta.dismissed);
  if (dismissed.length) record.dismissed = dismissed;
  if (!old || !sameJson(old, record)) await store.put(record);
  return record;
}

export function mergeDismissed(a: readonly DismissedRound[] = [], b: readonly DismissedRound[] = []): DismissedRound[] {
  const seen = new Map<string, DismissedRound>();
  for (const d of [...a, ...b]) seen.set(JSON.stringify([nameKey(d.company), d.stage, d.amount, d.date]), d);
  return [...seen.values()];
}

function isDismissed(facts: RoundFacts, dismissed: readonly DismissedRound[] | undefined): boolean {
  if (!dismissed?.length) return false;
  const key = nameKey(facts.company);
  return dismissed.some((d) => nameKey(d.company) === key && isSameRound(facts, d));
}

function checkInput(article: ArticleMeta, rounds: readonly Round[]): ArticleMeta {
  const problem = articleProblem(article) ?? (Array.isArray(rounds) ? rounds.map(roundProblem).find((p) => p) : 'rounds is not a list');
  if (problem) throw new StoreError('invalid', problem);
  return { url: articleKey(article.url), title: article.title, site: article.site ?? null, published: article.published ?? null };
}

async function saveInTx(tx: RwTx, meta: ArticleMeta, rounds: readonly Round[]): Promise<SaveResult> {
  const articleRecord = await putArticle(tx, meta);
  const articleSources = await tx.objectStore('sources').index('by-article').getAll(meta.url);
  const result: SaveResult = { articleUrl: meta.url, roundIds: [], added: 0, merged: 0, unchanged: 0, skipped: 0 };
  const touched = new Set<number>();
  for (const round of rounds) {
    const incoming = toIncoming(round, meta);
    if (!incoming || isDismissed(incoming.facts, articleRecord.dismissed)) {
      result.roundIds.push(null);
      result.skipped++;
      continue;
    }
    const { roundId, outcome } = await placeRound(tx, meta.url, incoming, articleSources, touched);
    result.roundIds.push(roundId);
    result[outcome]++;
  }
  return result;
}

/** Saves an article and the rounds extracted from it, merging them into what is already known. */
export async function saveArticle(db: DealmarkDB, article: ArticleMeta, rounds: readonly Round[]): Promise<SaveResult> {
  const meta = checkInput(article, rounds);
  return inTransaction(db, 'readwrite', (tx) => saveInTx(tx, meta, rounds));
}

/** Several articles in one transaction (bulk loads): all saved or none. */
export async function saveArticles(
  db: DealmarkDB,
  items: readonly { article: ArticleMeta; rounds: readonly Round[] }[],
): Promise<SaveResult[]> {
  const checked = items.map((i) => ({ meta: checkInput(i.article, i.rounds), rounds: i.rounds }));
  return inTransaction(db, 'readwrite', async (tx) => {
    const out: SaveResult[] = [];
    for (const item of checked) out.push(await saveInTx(tx, item.meta, item.rounds));
    return out;
  });
}
