// Round stage vocabulary: "Series B", "B-2", "Series C+", "Round C", "A round", "pre-Series A", seed,
// growth, bridge, venture debt, convertible notes, grants, crowdfunding, pre-IPO (and a little Spanish).
// The words are in lexicon/stages.ts; here, the shapes they are written in and which stage each names.
import type { Stage } from '../../model';
import { oneOf } from '../lexicon/alternatives';
import {
  ANGEL_NOUNS, BRIDGE_NOUNS, CONVERTIBLE_NOUNS, CROWDFUNDING_BY, CROWDFUNDING_NOUNS, CROWDFUNDING_PLATFORMS, DEBT_PHRASES, GRANT_PHRASES,
  GROWTH_NOUNS, LETTER_ROUND_BEFORE, PLATFORM_BY, SECONDARY_NOUNS, SEED_NOUNS, SEED_PHRASES, SEED_WORDS, SERIES_WORDS, STAGE_ADJECTIVE_NOUNS,
  STRATEGIC_NOUNS, TRANCHE_NOUNS,
} from '../lexicon/stages';

export interface StageMention { stage: Stage; start: number; end: number; text: string; /** "pre-Series A" may be filed as seed */ alt?: Stage }

const LETTER: Record<string, Stage> = {
  a: 'series_a', b: 'series_b', c: 'series_c', d: 'series_d', e: 'series_e', f: 'series_f', g: 'series_g', h: 'series_h', i: 'series_i', j: 'series_j',
};

type Rule = [RegExp, (m: RegExpExecArray) => Stage | null];
const letterStage = (m: RegExpExecArray): Stage | null => LETTER[m[1].toLowerCase()] ?? null;
/** "pre-Series B" is the round before B: A; "pre-Series A" is seed. */
const stageBefore = (m: RegExpExecArray): Stage | null =>
  (m[1].toLowerCase() === 'a' ? 'seed' : LETTER[String.fromCharCode(m[1].toLowerCase().charCodeAt(0) - 1)] ?? null);
/** `head` followed by one of `nouns`: "angel round", "bridge loan". */
const headThenNoun = (head: string, nouns: readonly string[]): RegExp => new RegExp(String.raw`\b${head} ${oneOf(nouns)}\b`, 'gi');
const phrases = (words: readonly string[]): RegExp => new RegExp(String.raw`\b${oneOf(words)}\b`, 'gi');
const always = (stage: Stage) => (): Stage => stage;

const CROWDFUNDING = new RegExp([
  String.raw`\bequity crowdfunding\b`,
  String.raw`\bcrowdfunding ${oneOf(CROWDFUNDING_NOUNS)}\b`,
  String.raw`\b${oneOf(CROWDFUNDING_BY)} (?:a )?crowdfunding\b`,
  String.raw`\b${oneOf(PLATFORM_BY)} ${oneOf(CROWDFUNDING_PLATFORMS)}\b`,
].join('|'), 'gi');

// Ordered: the more specific phrase first (a later rule never takes text an earlier one read).
// Each pattern is linear (no nested quantifiers).
const RULES: Rule[] = [
  [/\bpr[eéa][- ]?s[eé]ri(?:es|e)?[- ]([A-J])\b/gi, stageBefore],
  [new RegExp(String.raw`\b${oneOf(SERIES_WORDS)}[- ]([A-J])(?:[- ]?\d|\+|\b)`, 'gi'), letterStage],
  [/\b[Rr]ound[- ]([A-J])\b(?![-'’.]\w)/g, letterStage],
  [new RegExp(String.raw`(?<=\b${oneOf(LETTER_ROUND_BEFORE)}\s)([A-J])(?:\+\+?|-?[1-9])?[- ][Rr]ound\b`, 'g'), letterStage],
  [new RegExp(String.raw`\b([A-J])-\d\s+${oneOf(TRANCHE_NOUNS)}\b`, 'g'), letterStage],
  [/\bpre[- ]?seed\b/gi, always('pre_seed')],
  [/\bpre[- ]?IPO\b/gi, always('pre_ipo')],
  [new RegExp(String.raw`\b${oneOf(SEED_WORDS)}(?:[- ]${oneOf(SEED_NOUNS)})?\b`, 'gi'), always('seed')],
  [phrases(SEED_PHRASES), always('seed')],
  [headThenNoun('angel', ANGEL_NOUNS), always('angel')],
  [phrases(DEBT_PHRASES), always('debt')],
  [/\b(?:in|of) (?:venture )?debt\b(?! (?:and|&) equity)/gi, always('debt')],
  [headThenNoun('convertible', CONVERTIBLE_NOUNS), always('convertible_note')],
  [phrases(GRANT_PHRASES), always('grant')],
  [CROWDFUNDING, always('crowdfunding')],
  [headThenNoun('growth(?:[- ]stage)?', GROWTH_NOUNS), always('growth')],
  [headThenNoun('bridge', BRIDGE_NOUNS), always('bridge')],
  [headThenNoun('strategic', STRATEGIC_NOUNS), always('strategic')],
  [headThenNoun('secondary', SECONDARY_NOUNS), always('secondary')],
];

/** "Series A and early Series B", "seed and growth": a second stage in the same adjectival phrase. */
const AND_ANOTHER_STAGE = String.raw`(?:and\s+(?:early\s+)?(?:series\s+[A-J]\s+|growth\s+|seed\s+)?)?`;
// a stage used as an adjective names a kind of company or investor, not a round: "to back Series A startups", "seed-stage founders"
const ADJECTIVAL = new RegExp(String.raw`^(?:[- ]stage)?\s+${AND_ANOTHER_STAGE}${oneOf(STAGE_ADJECTIVE_NOUNS)}\b`, 'i');

/** "to grant women the vote", "will seed the market": after these words "grant" and "seed" are verbs. */
const VERB_BEFORE = /\b(?:to|will|would|can|could|may|might|must|shall|should|did|does|do|not|n't|also)\s+$/i;
const VERB_WORD = /^(?:grant|seed)$/i;

export function findStages(text: string): StageMention[] {
  const out: StageMention[] = [];
  for (const [re, stageOf] of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const stage = stageOf(m);
      if (!stage) continue;
      const start = m.index, end = m.index + m[0].length;
      if (ADJECTIVAL.test(text.slice(end, end + 60))) continue;
      if (VERB_WORD.test(m[0]) && VERB_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      const mention: StageMention = { stage, start, end, text: m[0] };
      if (/^pr[eéa][- ]?s[eé]ri(?:es|e)?[- ]a/i.test(m[0])) mention.alt = 'series_a';
      out.push(mention);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const ORDER: Stage[] = ['pre_seed', 'angel', 'seed', 'series_a', 'series_b', 'series_c', 'series_d', 'series_e', 'series_f', 'series_g', 'series_h', 'series_i', 'series_j', 'pre_ipo'];
/** Position on the usual ladder of equity rounds, or -1 for stages off the ladder (debt, grant...). */
export function stageRank(s: Stage | null): number { return s ? ORDER.indexOf(s) : -1; }
