// Earlier rounds named only by a reference, with no figure: an investor's "initial investment in 2018",
// backers "who also invested in the seed round", "early seed investors". Each is a mentioned round of the
// company the article is about.
import type { Stage } from '../model';
import { findDates } from './recognize/dates';
import { findStages } from './recognize/stage';

export interface EarlierRef { stage: Stage | null; date: string | null; start: number; end: number; text: string }

const INITIAL = /\b(?:our|their|its|his|her|the|an?)\s+(?:initial|first|earlier|previous|prior|original)\s+(?:investment|round|funding|financing|backing|cheque|check)\b/gi;
const STAGE_CUE = /\b(?:(?:also\s+)?(?:invested|participated|took\s+part)\s+in\s+(?:the|its|their|our|a)\s+|(?:early|earlier|initial|previous|prior|original)\s+)$/i;

export function earlierRefs(text: string, published: string | null): EarlierRef[] {
  const out: EarlierRef[] = [];
  INITIAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INITIAL.exec(text))) {
    // the date must be this investment's: "...investment in 2018", "...investment in the company in March 2019"
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const d = findDates(tail, published).find((x) => x.start < 25);
    const st = findStages(tail).find((x) => x.start < 5);
    if (!d && !st) continue;
    out.push({ stage: st?.stage ?? null, date: d?.date ?? null, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  for (const s of findStages(text)) {
    if (!STAGE_CUE.test(text.slice(Math.max(0, s.start - 50), s.start))) continue;
    // "early seed investors", "invested in the seed round" name a round; "early-stage seed funds" do not
    if (/^[\s-]*(?:stage\s+)?(?:startups?|companies|firms?|markets?|funds?|deals|vehicles?)\b/i.test(text.slice(s.end, s.end + 24))) continue;
    out.push({ stage: s.stage, date: null, start: s.start, end: s.end, text: s.text });
  }
  return out;
}
