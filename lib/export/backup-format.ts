// The JSON backup file: its shape and its validation (pure). A file is checked completely before anything
// is written, so a truncated, garbage or future-version file changes nothing.

import type { Correction } from '../store/types';
import type { ArticleRecord, CorrectionRecord, EntityRecord, SourceRecord, StoredRound } from '../store/types';
import {
  articleProblem,
  correctionProblem,
  dateProblem,
  evidenceProblem,
  investorsProblem,
  moneyProblem,
  stageProblem,
  valuationProblem,
} from '../store/validate';

export const BACKUP_FORMAT = 'dealmark-backup';
export const BACKUP_VERSION = 1;

export interface BackupCounts {
  articles: number;
  companies: number;
  investors: number;
  rounds: number;
  sources: number;
  corrections: number;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  articles: ArticleRecord[];
  companies: EntityRecord[];
  investors: EntityRecord[];
  rounds: StoredRound[];
  sources: SourceRecord[];
  corrections: CorrectionRecord[];
  /** Written last: what the exporter wrote, checked against the arrays on import. */
  counts: BackupCounts;
}

export const BACKUP_SECTIONS = ['articles', 'companies', 'investors', 'rounds', 'sources', 'corrections'] as const;

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; reason: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function entityProblem(v: unknown): string | null {
  if (!isObject(v) || !isId(v.id) || !isString(v.name) || !Array.isArray(v.aliases) || !v.aliases.every(isString)) {
    return 'a company or investor has no id, name or aliases';
  }
  return null;
}

function roundRecordProblem(v: unknown): string | null {
  if (!isObject(v) || !isId(v.id) || !isId(v.companyId) || !isString(v.firstSeen)) return 'a round has no id, company or first-seen time';
  return null;
}

function sourceProblem(v: unknown): string | null {
  if (!isObject(v) || !isId(v.id) || !isId(v.roundId) || !isString(v.articleUrl) || !isString(v.seenAt)) return 'a source is incomplete';
  const f = v.facts;
  if (!isObject(f) || !isString(f.company) || f.company.trim() === '' || typeof f.primary !== 'boolean' || typeof f.confidence !== 'number') {
    return 'a source has no company';
  }
  return (
    stageProblem(f.stage) ??
    moneyProblem(f.amount, 'amount') ??
    valuationProblem(f.valuation) ??
    investorsProblem(f.investors) ??
    dateProblem(f.date) ??
    evidenceProblem(v.evidence)
  );
}

function correctionRecordProblem(v: unknown): string | null {
  if (!isObject(v) || !isId(v.id) || !isId(v.roundId) || !isString(v.createdAt)) return 'a correction is incomplete';
  const problem = correctionProblem(v as unknown as Correction);
  return problem && `a correction: ${problem}`;
}

function articleRecordProblem(v: unknown): string | null {
  const p = articleProblem(v);
  if (p) return p;
  if (!isObject(v) || !isString(v.firstSeen) || !isString(v.lastSeen)) return 'an article has no first-seen time';
  if (v.dismissed === undefined) return null;
  if (!Array.isArray(v.dismissed)) return 'an article\'s deleted rounds are not a list';
  for (const d of v.dismissed) {
    if (!isObject(d) || !isString(d.company)) return 'a deleted round has no company';
    const p2 = stageProblem(d.stage) ?? moneyProblem(d.amount, 'amount') ?? dateProblem(d.date);
    if (p2) return p2;
  }
  return null;
}

const CHECKS: Record<(typeof BACKUP_SECTIONS)[number], (v: unknown) => string | null> = {
  articles: articleRecordProblem,
  companies: entityProblem,
  investors: entityProblem,
  rounds: roundRecordProblem,
  sources: sourceProblem,
  corrections: correctionRecordProblem,
};

export function parseBackup(text: string): ParsedBackup {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'This file is not a complete Dealmark backup: it is truncated or not JSON. Nothing was imported.' };
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) {
    return { ok: false, reason: 'This file is not a Dealmark backup. Nothing was imported.' };
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return { ok: false, reason: 'This Dealmark backup has no valid format version. Nothing was imported.' };
  }
  if (data.version > BACKUP_VERSION) {
    return {
      ok: false,
      reason: `This backup was made by a newer version of Dealmark (format ${data.version}; this version reads up to ${BACKUP_VERSION}). Update Dealmark to import it. Nothing was imported.`,
    };
  }
  const counts = data.counts;
  if (!isObject(counts)) return { ok: false, reason: 'This Dealmark backup is incomplete (no record counts). Nothing was imported.' };
  for (const section of BACKUP_SECTIONS) {
    const list = data[section];
    if (!Array.isArray(list)) return { ok: false, reason: `This Dealmark backup is damaged: "${section}" is missing. Nothing was imported.` };
    if (counts[section] !== list.length) {
      return { ok: false, reason: `This Dealmark backup is incomplete: ${section} has ${list.length} records, expected ${String(counts[section])}. Nothing was imported.` };
    }
    for (let i = 0; i < list.length; i++) {
      const problem = CHECKS[section](list[i]);
      if (problem) return { ok: false, reason: `This Dealmark backup is damaged (${section} #${i + 1}: ${problem}). Nothing was imported.` };
    }
  }
  const backup = data as unknown as Backup;
  const roundIds = new Set(backup.rounds.map((r) => r.id));
  const urls = new Set(backup.articles.map((a) => a.url));
  if (backup.sources.some((s) => !roundIds.has(s.roundId) || !urls.has(s.articleUrl))) {
    return { ok: false, reason: 'This Dealmark backup is damaged: a source points to a missing round or article. Nothing was imported.' };
  }
  return { ok: true, backup };
}
