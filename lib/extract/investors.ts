// Who invested, and in what role. Two sentence shapes carry investors:
//   object side  — "led by A and B, with participation from C", "from A, B and C", "investors include A"
//   subject side — "A led the round", "A and B co-led a $24 million investment", "C also joined"
// A list is cut at the first clause stopper, split on commas / and / as well as / along with, and each
// item is reduced to its name: labels ("existing investor"), descriptors ("state investment firm"),
// appositives (", a private equity firm") and parentheses are dropped.
import type { InvestorRole } from '../model';
import { capRuns, firstName, lastName, NOT_NAME, tidyName } from './names';

export interface InvestorMention { name: string; role: InvestorRole; start: number; end: number }

const ROLE_WORDS = /^(?:CEO|CTO|CFO|COO|chief|founder|co-founder|cofounder|president|chairman|chairwoman|director|managing|head|vp|vice|professor|prof|dr|mr|ms|mrs|editor|reporter|senior|general|principal|executive|former)\b/i;

const LEAD_TRIGGERS = /\b(?:co-?led|led|lead|headed|spearheaded|anchored)\s+(?:jointly\s+)?by\s+|\blidera(?:da|do)s?\s+(?:por|by|pel[ao]s?)\s+|\bcon\s+(?:el\s+)?liderazgo\s+de\s+|\b(?:men[ée]e?s?|conduite?s?|pilot[ée]e?s?)\s+par\s+|\bangeführt\s+von\s+|\bangeführt\s+(?:wird|wurde)\s+(?:die\s+)?(?:[\p{L}-]*[Rr]unde|Finanzierung)\s+von\s+|\bunter\s+(?:der\s+)?(?:Führung|Leitung)\s+von\s+/giu;
const PART_TRIGGERS = new RegExp([
  String.raw`\b(?:with|and|saw|also saw|had)\s+(?:the\s+)?(?:additional\s+|further\s+|continued\s+)?participation\s+(?:from|of|by)\s+`,
  String.raw`\bparticipation\s+(?:from|of|by)\s+`,
  String.raw`\bparticipaci[oó]n\s+de\s+(?:l[ao]s?\s+)?`,
  String.raw`\bparticipação\s+d[aoe]s?\s+`,
  String.raw`\bparticipation\s+de\s+(?:l['’]\s*)?`,
  String.raw`\b(?:unter|mit)\s+Beteiligung\s+(?:von|der|des)\s+`,
  String.raw`\bbeteilig(?:en|t|te|ten)\s+sich\s+(?:(?:auch|außerdem|zudem|ebenfalls|daran|an\s+der\s+Runde)\s+)*(?:(?:die|der|den)\s+)?(?:(?:bisherigen|bestehenden)\s+)?(?:(?:Bestands|Alt)?[Ii]nvestoren\s+|Geldgeber\s+)?`,
  String.raw`\bjoined\s+by\s+`,
  String.raw`\b(?:investors|backers|participants|investments?|funds?|angels|consortium|syndicate|round|financing)\s+(?:also\s+)?(?:such\s+as|like|including|include|included|includes|are|were|comprised|comprising|featured|features)\s*:?\s+`,
  String.raw`\bparticipants\s+such\s+as\s+`,
  String.raw`\b(?:others|other\s+investors|other\s+participants|other\s+backers)\s+(?:joining|participating|taking\s+part|involved)?\s*(?:were|are|included|include|was)\s+`,
  String.raw`\bwho\s+(?:also\s+)?(?:took\s+part|participated|joined)\s+(?:were|was|are|include[sd]?)\s+`,
  String.raw`\bin\s+conjunction\s+with\s+`,
  String.raw`\b(?:stock|shares|equity|notes)\s+to\s+`,
  String.raw`\bwelcome\s+(?:on\s+board\s+)?`,
].join('|'), 'gi');
const FROM_TRIGGER = /\b(?:from|by)\s+/gi;

// Words that end a list: the next clause starts.
const STOP = /(?:(?<!\b(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr|Mr|Ms|Mrs|Dr|St))\.|[;!?])(?:\s|$)|:\s|\)|\s[—–]\s|\s-\s|,\s+(?:[A-Z][\w&'’.-]*\s+){1,4}(?:has|have|had)\s+(?:learned|learnt|reported|confirmed)\b|,\s+(?:[A-Z][\w&'’.-]*\s+){1,4}(?:reported|reports|reveals|revealed)\b|(?<![-'’])\b(?:who|which|whose|that|to|for|at\s+(?:a|an)\b|valuing|bringing|taking|while|after|before|since|said|says|will|would|through|under|according|based|because|as\s+part|in\s+(?:a|an|its|the|their|this|his|her)|in\s+(?:early\s+|late\s+|mid-?\s*)?(?:Jan\w*|Feb\w*|Mar\w*|Apr\w*|May|June?|July?|Aug\w*|Sep\w*|Oct\w*|Nov\w*|Dec\w*|(?:19|20)\d\d)\b|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the|Jan\w*|Feb\w*|Mar\w*|Apr\w*|May|June?|July?|Aug\w*|Sep\w*|Oct\w*|Nov\w*|Dec\w*)|earlier|previously|last|this\s+(?:week|year|month)|among\s+others|and\s+others|et\s+al|außerdem|zudem|además|también|également)\b/;
// Phrases inside a lead list that hand over to the participants.
const HANDOVER = /,?\s+(?:with\s+(?:the\s+)?(?:additional\s+|further\s+)?participation\s+(?:from|of|by)|with\s+participation|and\s+saw\s+participation\s+from|(?:y\s+)?con\s+(?:la\s+)?participaci[oó]n\s+de|(?:e\s+)?com\s+(?:a\s+)?participação\s+d[aoe]s?|(?:et\s+)?avec\s+la\s+participation\s+de|(?:und\s+)?(?:unter|mit)\s+Beteiligung\s+von|saw\s+participation\s+from|(?:and\s+)?(?:was\s+)?joined\s+by|along\s*side|along\s+with|together\s+with|as\s+well\s+as|including|with|plus|and\s+(?:also\s+)?(?:included|includes|featured))\s+/i;

function stripParens(s: string): string {
  // blank out parentheses (keeps offsets); no nesting worries: one level is all news prose uses
  return s.replace(/\([^()]{0,200}\)/g, (m) => ' '.repeat(m.length));
}

function cutAtStop(s: string): number {
  const m = STOP.exec(s);
  return m ? m.index : s.length;
}

interface Item { text: string; start: number; sep: string }

// "and" in Spanish, Portuguese, French and German; lowercase only, so "Y Combinator" and "E.ventures" stay whole
const FOREIGN_AND = / (?:y|e|et|und|sowie|ainsi que) (?=\S)/g;

function splitItems(rawList: string, base: number): Item[] {
  // same-length blanking keeps every offset valid
  const list = rawList.replace(FOREIGN_AND, (m) => ' ,' + ' '.repeat(m.length - 2));
  const items: Item[] = [];
  const re = /\s*(?:,|;|\band\b|\bas well as\b|\balong\s*side\b|\balong with\b|\btogether with\b|\bplus\b|\bor\b|\bincluding\b)\s*/gi;
  let last = 0;
  let sep = '';
  let m: RegExpExecArray | null;
  while ((m = re.exec(list))) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    items.push({ text: list.slice(last, m.index), start: base + last, sep });
    sep = m[0].trim().toLowerCase();
    last = m.index + m[0].length;
  }
  items.push({ text: list.slice(last), start: base + last, sep });
  // link texts run together: "Blue Lake CapitalGGV CapitalYunqi Partners"
  const out: Item[] = [];
  for (const it of items) {
    const glue = /(?<=\b(?:Capital|Partners|Ventures|Fund|Investments?|Group|Holdings|Labs))(?=[A-Z])/g;
    let p = 0; let g: RegExpExecArray | null;
    while ((g = glue.exec(it.text))) { if (g.index === glue.lastIndex) glue.lastIndex++; out.push({ text: it.text.slice(p, g.index), start: it.start + p, sep: p ? ',' : it.sep }); p = g.index; }
    out.push({ text: it.text.slice(p), start: it.start + p, sep: p ? ',' : it.sep });
  }
  return out;
}

const PERSON_AT = /^(.*?\S)\s+(?:from|of|at)\s+(?:the\s+)?(.+)$/;

/** Reduces one list item to an investor name, or null. */
export function itemName(raw: string): { name: string; offset: number } | null {
  let t = raw.replace(/\s+$/, '');
  const lead = /^\s*(?:(?:and|or|also|both|the|then|plus)\b)?\s*/i.exec(t)?.[0].length ?? 0;
  let off = lead;
  t = t.slice(lead);
  if (!t) return null;
  if (ROLE_WORDS.test(t) && !/\s(?:from|of|at)\s/.test(t) && /^(?:CEO|CTO|CFO|COO|chief|president|chairman|chairwoman|director|editor|reporter)\b/i.test(t)) return null;
  // "Josh Stein from DFJ", "the amazing team at Webb Investment Network": the firm is the investor
  const pa = PERSON_AT.exec(t);
  if (pa && capRuns(pa[2]).length && !/^(?:founder|co-founder|cofounder|creator|CEO|CTO|partner|head)\b/i.test(pa[1].split(' ').pop() ?? '')) {
    const firm = firstName(pa[2]);
    const personLike = /^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$/.test(pa[1]) || /\b(?:team|partners?|folks|group)\s*$/i.test(pa[1]);
    if (firm && personLike && !/^(?:[A-Z][a-z]+ ){0,2}(?:Capital|Ventures|Partners|Fund)$/.test(pa[1])) {
      return { name: tidyName(firm.text), offset: off + pa[1].length + (t.length - pa[1].length - pa[2].length) + firm.start };
    }
  }
  const run = lastName(t);
  if (!run) return null;
  const name = tidyName(run.text);
  if (!name || NOT_NAME.has(name.toLowerCase()) || name.length < 2 && !/^\d/.test(name)) return null;
  if (/^(?:Series|Seed|Round|Pre|Post|Fund|Funds|Investors?|Capital|Ventures|Partners|Group|LPs?|Angels?|The|US|UK|EU)$/i.test(name)) return null;
  return { name, offset: off + run.start };
}

function parseList(sentence: string, from: number, role: InvestorRole, out: InvestorMention[], depth = 0): void {
  const masked = sentence.slice(0, from) + stripParens(sentence.slice(from));
  let rest = masked.slice(from);
  // a list may open with a colon: "Angels include: A, B"
  const colon = /^\s*:\s*/.exec(rest); if (colon) { from += colon[0].length; rest = rest.slice(colon[0].length); }
  let end = cutAtStop(rest);
  let handoverAt = -1, handoverLen = 0;
  if (role === 'lead' && depth === 0) {
    const h = HANDOVER.exec(rest.slice(0, end));
    if (h) { handoverAt = h.index; handoverLen = h[0].length; end = h.index; }
  } else {
    // within participants, "with"/"joined by" just continue the list
  }
  const list = rest.slice(0, end);
  const items = splitItems(list, from);
  let prevNamed = false;
  let swallowing = false;
  for (const it of items) {
    const trimmed = it.text.trim();
    if (!trimmed) { if (it.sep === ',') swallowing = false; continue; } // ", and" closes an appositive
    if (swallowing && it.sep !== ',') continue; // "creator of Apache Airflow and Superset"
    swallowing = false;
    // appositive after a name: ", a private equity firm that ..." / ", creator of X"
    if (it.sep === ',' && prevNamed && !/^and\s/i.test(trimmed) && /^(?:a|an|the|its|their|which|who|part|one|creator|founder|co-founder|maker|operator|owner|parent|former|ex-|[a-z])/.test(trimmed) && !/^the\s+[A-Z]/.test(trimmed)) {
      prevNamed = false;
      swallowing = true;
      continue;
    }
    if (/^(?:among|and)?\s*others\b|^other\b|^a number of\b|^several\b|^some\b|^undisclosed\b/i.test(trimmed) && !capRuns(trimmed).length) { prevNamed = false; continue; }
    if (/^(?:Inc|Ltd|LLC|L\.?P|LP|Corp|Co|GmbH|AG|SA|Pte|Plc|Limited)\.?$/i.test(trimmed)) continue; // "SBI Investment Co., Ltd."
    const nm = itemName(it.text);
    if (!nm) { prevNamed = false; continue; }
    const lead = it.text.length - it.text.trimStart().length;
    void lead;
    const start = it.start + nm.offset;
    out.push({ name: nm.name, role, start, end: start + nm.name.length });
    prevNamed = true;
  }
  if (handoverAt >= 0) parseList(sentence, from + handoverAt + handoverLen, 'participant', out, depth + 1);
}

const SUBJECT_VERBS = /\b(?:(?:has|have|had|also|jointly|both)\s+)*(co-?led|led|leads|co-leads|headed|spearheaded|joined|joins|participated|participates|took\s+part|invested|invests|funded|put|pledged|injected|committed|made\s+(?:a|an|the)\s+(?:lead\s+)?investment|came\s+in|chipped\s+in|backed)\b/gi;
const CLAUSE_START = /(?:^|[;:]\s|,\s+(?:and|but|while|whereas)\s|\s[—–]\s|\b(?:that|which|while|where|as|after|when)\s)/g;

/**
 * Blanks out non-restrictive relative clauses (", which backed its seed round,"): their verb belongs to an
 * earlier act, and the subject of the main verb stands before them. Offsets are kept.
 */
function stripRelatives(s: string): string {
  return s.replace(/,\s+(?:which|who)\s[^,;.]{1,150},/g, (m) => ' '.repeat(m.length));
}

/** Investors named as the subject of "led / joined / invested". */
function subjectSide(sentence: string, out: InvestorMention[]): void {
  const masked = stripRelatives(stripParens(sentence));
  SUBJECT_VERBS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUBJECT_VERBS.exec(masked))) {
    const verb = m[1].toLowerCase();
    if (masked[m.index + m[0].length - m[1].length - 1] === '-') continue; // "the Azim Premji-led company": an adjective, not the act
    const after = masked.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (/^\s+by\b/.test(after)) continue; // passive: handled by the object side
    if (verb === 'backed' && !/^\s+(?:the|this|a|an)\s+(?:round|financing|investment)/i.test(after)) continue;
    // "Prairie Fund led, and Cornbelt Capital participated." / "Icefield Capital also joined.": the act ends the clause
    const bare = /^\s*(?:[.,;]|$)/.test(after);
    if ((verb === 'joined' || verb === 'joins') && !bare && !/^\s+(?:in\b|the\s+(?:round|financing|investment|deal|funding)|our|its|their|existing|as|this)/i.test(after)) continue;
    if (/^(?:led|co-?led|leads|co-leads|headed|spearheaded)$/.test(verb) && !/^\s+(?:the|this|a|an|its|their|our)\b/i.test(after) && !bare) continue;
    if (/^(?:invested|invests|put|pledged|injected|committed|funded)$/.test(verb) && !/\$|€|£|¥|₹|\d|\bin\b|\binto\b|\bmillions?\b/.test(after) && !(verb === 'funded' && /^\s+[A-Z]/.test(after)) && !(bare && /^(?:invested|invests)$/.test(verb))) continue;
    const role: InvestorRole = /led|leads|headed|spearheaded|lead investment/.test(verb) ? 'lead' : 'participant';
    // the subject: from the clause start to the verb
    let cs = 0;
    CLAUSE_START.lastIndex = 0;
    let c: RegExpExecArray | null;
    const head = masked.slice(0, m.index);
    while ((c = CLAUSE_START.exec(head))) { if (c[0].length === 0) { CLAUSE_START.lastIndex++; } cs = c.index + c[0].length; if (CLAUSE_START.lastIndex >= head.length) break; }
    let subj = head.slice(cs);
    if (/^\s*(?:it|we|they)\s+(?:has|have|had)?\s*$/i.test(subj)) {
      // "X announced today that it has made a lead investment": the reporting subject is the investor
      const rep = /^(.*?)\s+(?:announced|said|says|announces|confirmed|revealed)\b/.exec(head);
      if (!rep) continue;
      const dl = Math.max(rep[1].lastIndexOf(' -- '), rep[1].lastIndexOf(' — '), rep[1].lastIndexOf(' – '), rep[1].lastIndexOf('/ '));
      const who = lastName(dl >= 0 ? rep[1].slice(dl + 3) : rep[1]);
      if (who) out.push({ name: tidyName(who.text), role, start: (dl >= 0 ? dl + 3 : 0) + who.start, end: (dl >= 0 ? dl + 3 : 0) + who.start + who.text.length });
      continue;
    }
    if (/\b(?:it|we|they|the company|the startup|the firm)\s*$/i.test(subj)) continue;
    const items = splitItems(subj, cs);
    for (const it of items) {
      const tt = it.text.trim();
      if (!tt) continue;
      // "the Ada Brook-led company invested": a described company, whose describer is no investor
      if (/[\w’']-(?:led|backed|owned|controlled|founded)\s+(?:[\w-]+\s+){0,2}(?:company|firm|group|giant|startup|business|conglomerate|maker|arm)\b/i.test(tt)) continue;
      // "Peter has a deep background ..." → the first name; "Chinese retail giant Alibaba" → the last
      const verbish = /\s(?:has|have|is|was|were|are|had)\s/.test(tt);
      const run = verbish ? firstName(it.text) : lastName(it.text);
      if (!run) continue;
      const name = tidyName(run.text);
      if (!name || NOT_NAME.has(name.toLowerCase())) continue;
      if (/^(?:Series|Seed|Round|The Round|Investors?)$/i.test(name)) continue;
      const start = it.start + run.start;
      out.push({ name, role, start, end: start + name.length });
    }
  }
}

// "X also took part, along with new backer Y": once a sentence has named investors by their act, a trailing
// "along with / together with / alongside" keeps listing investors — unless it introduces people of the company.
const CONTINUE = /,?\s*\b(?:along\s+with|together\s+with|alongside)\s+/gi;
const INVEST_ACT = /\b(?:took\s+part|take\s+part|taking\s+part|participated|participating|participates|joined|joins|invested|invests|co-?led|led|backed|investors?|backers)\b/i;
const STAFF = /^(?:(?:its|their|his|her|our|the\s+company['’]s)\s+)?(?:(?:fellow|other)\s+)?(?:co-?founders?|founders?|chief|CEO|CTO|CFO|COO|president|chairman|chairwoman|management|executives?|employees|staff|team|wife|husband)\b/i;

function continuedList(sentence: string, out: InvestorMention[]): void {
  CONTINUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONTINUE.exec(sentence))) {
    const s = m.index + m[0].length;
    if (!INVEST_ACT.test(sentence.slice(0, m.index))) continue;
    if (STAFF.test(sentence.slice(s, s + 40))) continue;
    if (out.some((o) => o.start >= s && o.start < s + 60)) continue;
    parseList(sentence, s, 'participant', out, 1);
  }
}

export interface InvestorOptions {
  /** Sentence reports a round: "from X" after the money counts as an investor list. */
  funding: boolean;
}

export function findInvestors(sentence: string, opts: InvestorOptions = { funding: true }): InvestorMention[] {
  const out: InvestorMention[] = [];
  LEAD_TRIGGERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  const covered: [number, number][] = [];
  while ((m = LEAD_TRIGGERS.exec(sentence))) {
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (ROLE_WORDS.test(after) && !/^(?:general|managing)\s+(?:catalyst|partners?\b)/i.test(after)) continue; // "led by CEO Jane Doe"
    const before = sentence.slice(Math.max(0, m.index - 80), m.index);
    if (!opts.funding && !/\b(?:round|funding|investment|financing|raise|series|seed|consortium|deal|tranche|tender\s+offer|secondary\s+(?:sale|transaction))\b|[$€£¥₹]/i.test(before)) continue;
    if (/\b(?:team|company|startup|firm|it|which|platform|business|organi[sz]ation|effort|project|initiative|group)\s*,?\s*$/i.test(before) && !/\b(?:round|funding|investment|financing)\b/i.test(before.slice(-40))) continue;
    const n0 = out.length;
    parseList(sentence, m.index + m[0].length, 'lead', out);
    covered.push([m.index, out.length > n0 ? out[out.length - 1].end : m.index + m[0].length]);
  }
  PART_TRIGGERS.lastIndex = 0;
  while ((m = PART_TRIGGERS.exec(sentence))) {
    const s = m.index + m[0].length;
    if (out.some((o) => o.start >= s && o.start < s + 3)) continue;
    if (/welcome/i.test(m[0]) && !/\b(?:investors?|backers|board|angels)\b/i.test(sentence)) continue;
    parseList(sentence, s, 'participant', out, 1);
  }
  if (opts.funding) {
    FROM_TRIGGER.lastIndex = 0;
    while ((m = FROM_TRIGGER.exec(sentence))) {
      const s = m.index + m[0].length;
      if (covered.some(([a, b]) => m!.index >= a && m!.index <= b)) continue;
      if (out.some((o) => o.start >= s && o.start < s + 4)) continue;
      const before = sentence.slice(Math.max(0, m.index - 70), m.index);
      // "said Jane Doe from Acme" names a speaker; "said it had raised $12M from X" still names a backer
      const said = /\b(?:said|says|according to|told|explained|added)\b([^.]{0,40})$/i.exec(before);
      if (said && !/\d|\b(?:rais|secur|clos|land|receiv|bagg|pick)\w*/i.test(said[1])) continue;
      if (m[0].trim().toLowerCase() === 'by' && !/\b(?:backed|funded|financed|invest\w*|round|funding|outlay|grant|loan|facility|awarded|granted|provided|extended)\s*$/i.test(before)) continue;
      if (!/(?:[$€£¥₹₦₩]|\d\s*(?:million|billion|m|bn|mn|crore)|\b(?:funding|investment|financing|capital|round|raise|raised|money|backing|loan|grant|debt|equity|tranche)s?)\b[^.;]{0,40}$/i.test(before)) continue;
      parseList(sentence, s, 'participant', out, 1);
    }
  }
  subjectSide(sentence, out);
  continuedList(sentence, out);
  // one mention per name; a lead mention wins over a participant one
  const best = new Map<string, InvestorMention>();
  for (const o of out) {
    const k = o.name.toLowerCase();
    const prev = best.get(k);
    if (!prev || (prev.role === 'participant' && o.role === 'lead')) best.set(k, o);
  }
  return [...best.values()].sort((a, b) => a.start - b.start);
}
