// The company a story is about when its headline does not say: the one whose executives it quotes or whose
// founding it tells ("RoadBotics CEO Mark DeSantis says…", "DeSantis helped co-found RoadBotics"). What "the
// Pittsburgh-based company" refers to on a page whose title is only the outlet's name.
import { oneOf } from '../lexicon/alternatives';
import { EXECUTIVE_TITLES } from '../lexicon/names';
import { nameTokens } from '../assemble/company-key';
import { firstName, lastName } from '../recognize/names';
import { isLocative } from '../recognize/places';
import type { Frame } from '../relate/types';

const TITLE = oneOf(EXECUTIVE_TITLES);
/** "RoadBotics CEO", "Civil Maps’ co-founder": the name before a title (the name is read from the words before). */
const BEFORE_TITLE = new RegExp(String.raw`(?:[’']s?)?\s+${TITLE}\b`, 'giu');
/** "CEO of Civil Maps", "co-founded RoadBotics": the name after. */
const AFTER = new RegExp(String.raw`\b(?:${TITLE}\s+(?:of|at)|co-?found(?:ed|s)?|helped\s+(?:co-?)?found)\s+`, 'giu');

function mentions(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(BEFORE_TITLE)) {
    const n = lastName(text.slice(Math.max(0, m.index - 60), m.index), 0);
    if (n && n.end >= Math.min(60, m.index) - 1) out.push(n.text);
  }
  for (const m of text.matchAll(AFTER)) {
    // (the name ends its clause: "the founder of Quillon and the founder of…")
    const window = text.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/,|;|\.\s|\s(?:and|or|who|which)\s/u)[0]!;
    const n = firstName(window, 0);
    if (n && n.start === 0) out.push(n.text);
  }
  return out;
}

/** "Glionova's head start": a headline that opens on a name's possessive is about that name's company, when the
 *  body names it twice or more (and never as a backer). */
function headlineOwner(headline: string, body: string, investors: Set<string>): string | null {
  const n = firstName(headline, 0);
  // (a figure the name owns is its price or its round, which the headline's own frame reads: "X's $150K dress")
  if (!n || n.start !== 0 || !n.possessive || isLocative(n.text) || /\d/.test(headline)) return null;
  return body.split(n.text).length > 2 && !investors.has(nameTokens(n.text).join(' ')) ? n.text : null;
}

/** The one company the body's executives speak for, named at least twice and more often than any other;
 *  never one the page names as an investor, never a place. */
export function storyCompany(body: string, frames: Frame[], headline = ''): string | null {
  const investors = new Set(frames.flatMap((f) => [...f.leads, ...f.participants]).map((h) => nameTokens(h.name).join(' ')));
  return executivesCompany(body, investors) ?? headlineOwner(headline, body, investors);
}

function executivesCompany(body: string, investors: Set<string>): string | null {
  const counts = new Map<string, { name: string; n: number }>();
  for (const name of mentions(body)) {
    const key = nameTokens(name).join(' ');
    if (!key || investors.has(key) || isLocative(name)) continue;
    const c = counts.get(key) ?? { name, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  const [top, next] = [...counts.values()].sort((a, b) => b.n - a.n);
  return top && top.n >= 2 && (!next || next.n < top.n) ? top.name : null;
}
