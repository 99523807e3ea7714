// Round stage vocabulary: "Series B", "B-2", "Series C+", "Round C", "A round", "pre-Series A", seed,
// growth, bridge, venture debt, convertible notes, grants, crowdfunding, pre-IPO (and a little Spanish).
import type { Stage } from '../../model';

export interface StageMention { stage: Stage; start: number; end: number; text: string; /** "pre-Series A" may be filed as seed */ alt?: Stage }

const LETTER: Record<string, Stage> = {
  a: 'series_a', b: 'series_b', c: 'series_c', d: 'series_d', e: 'series_e', f: 'series_f', g: 'series_g', h: 'series_h', i: 'series_i', j: 'series_j',
};

// Ordered: the more specific phrase first. Each pattern is linear (no nested quantifiers).
const RULES: [RegExp, (m: RegExpExecArray) => Stage | null][] = [
  [/\bpre[- ]?series[- ]([A-J])\b/gi, (m) => (m[1].toLowerCase() === 'a' ? 'seed' : LETTER[String.fromCharCode(m[1].toLowerCase().charCodeAt(0) - 1)] ?? null)],
  [/\b(?:series|serie|s[eé]rie)[- ]([A-J])(?:[- ]?\d|\+|\b)/gi, (m) => LETTER[m[1].toLowerCase()] ?? null],
  [/\b[Rr]ound[- ]([A-J])\b(?![-'’.]\w)/g, (m) => LETTER[m[1].toLowerCase()] ?? null],
  [/(?<=\b(?:an|its|the|their|our|new|a|[\d.]+[mMbBk]?|million|billion)\s)([A-J])(?:\+\+?|-?[1-9])?[- ]round\b/g, (m) => LETTER[m[1].toLowerCase()] ?? null],
  [/\b([A-J])-\d\s+(?:round|funding|financing)\b/g, (m) => LETTER[m[1].toLowerCase()] ?? null],
  [/\bpre[- ]?seed\b/gi, () => 'pre_seed'],
  [/\bpre[- ]?IPO\b/gi, () => 'pre_ipo'],
  [/\b(?:seed|seeding|semilla)(?:[- ](?:round|funding|financing|investment|stage|capital|extension|plus|\+))?\b/gi, () => 'seed'],
  [/\bangel (?:round|funding|investment|financing)\b/gi, () => 'angel'],
  [/\b(?:venture debt|debt financing|debt funding|credit facility|credit line|term loan|loan facility|senior secured loan|debt round|debt facility|lending facility|loan)\b/gi, () => 'debt'],
  [/\b(?:in|of) (?:venture )?debt\b(?! (?:and|&) equity)/gi, () => 'debt'],
  [/\bconvertible (?:notes?|loan|debt|note round)\b/gi, () => 'convertible_note'],
  [/\b(?:grant|grants|grant funding|non-dilutive grant)\b/gi, () => 'grant'],
  [/\bequity crowdfunding\b|\bcrowdfunding (?:round|campaign|raise)\b|\b(?:via|through|on) (?:a )?crowdfunding\b|\b(?:on|via|through) (?:Crowdcube|Seedrs|Republic|Wefunder|StartEngine|Kickstarter|Indiegogo)\b/gi, () => 'crowdfunding'],
  [/\bgrowth(?:[- ]stage)? (?:round|funding|equity round|financing|investment)\b/gi, () => 'growth'],
  [/\bbridge (?:round|funding|financing|loan)\b/gi, () => 'bridge'],
  [/\bstrategic (?:round|investment|funding|financing)\b/gi, () => 'strategic'],
  [/\bsecondary (?:sale|round|transaction|share sale)\b/gi, () => 'secondary'],
];

// a stage used as an adjective names a kind of company or investor, not a round: "to back Series A startups", "seed-stage founders"
const ADJECTIVAL = /^(?:[- ]stage)?\s+(?:and\s+(?:early\s+)?(?:series\s+[A-J]\s+|growth\s+|seed\s+)?)?(?:startups|companies|founders|funds?|deals|valuations|checks|cheques|portfolio)\b/i;

export function findStages(text: string): StageMention[] {
  const out: StageMention[] = [];
  for (const [re, f] of RULES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const stage = f(m);
      if (!stage) continue;
      const start = m.index, end = m.index + m[0].length;
      if (ADJECTIVAL.test(text.slice(end, end + 60))) continue;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      const mention: StageMention = { stage, start, end, text: m[0] };
      if (/^pre[- ]?series[- ]a/i.test(m[0])) mention.alt = 'series_a';
      out.push(mention);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const ORDER: Stage[] = ['pre_seed', 'angel', 'seed', 'series_a', 'series_b', 'series_c', 'series_d', 'series_e', 'series_f', 'series_g', 'series_h', 'series_i', 'series_j', 'pre_ipo'];
/** Position on the usual ladder of equity rounds, or -1 for stages off the ladder (debt, grant...). */
export function stageRank(s: Stage | null): number { return s ? ORDER.indexOf(s) : -1; }
