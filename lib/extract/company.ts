// Who raised the money. Funding prose names the raiser in a few places:
//   subject   — "Email security startup Agari has raised", "Archestra, a platform for X, has raised"
//   object    — "Wipro invested $2M in data software maker Imanis", "a lead investment ... into Social Quant"
//   possessive— "OYO's $1.5 billion round", "Announcing Sourcegraph's Series D"
//   reference — "it", "we", "the company", "the startup" → the article's topic
import { capRuns, lastName, tidyName } from './names';

export type CompanyRef = { kind: 'name'; name: string; start: number; end: number } | { kind: 'ref' } | null;

export const RAISE_VERBS = String.raw`(?:emerge[sd]?\s+from\s+stealth|emerging\s+from\s+stealth|c(?:o|a)mes?\s+out\s+of\s+stealth|coming\s+out\s+of\s+stealth|raise[sd]?|raising|secure[sd]?|securing|closes|closed|closing|land(?:s|ed)?|bag(?:s|ged)?|nab(?:s|bed)?|snag(?:s|ged)?|net(?:s|ted)|pull(?:s|ed)\s+in|rake[sd]?\s+in|scoop(?:s|ed)\s+up|pick(?:s|ed)\s+up|grab(?:s|bed)|gets?|got|receive[sd]?|obtain(?:s|ed)|attract(?:s|ed)|drawn|draws|drew|won|wins|score[sd]?|clinch(?:es|ed)?|complete[sd]?|completing|announce[sd]?|announcing|unveil(?:s|ed)|injecting|injects?|injected|takes|took|rais\w+|levanta|levantó|recaud[aó]|cierra|cerró|anuncia|anunció|obtiene|obtuvo|capta|captó|consigue|consiguió|captou|captado|levantou|levantado|recebeu|recebido|fechou|anuncia|lève|lèvent|levé|boucle|bouclé|obtient|obtenu|annonce|erhält|erhielt|sammelt|sammelte|eingesammelt|sichert\s+sich|schließt|abgeschlossen)`;

const SUBJECT_VERB = new RegExp(String.raw`\b(?:(?:has|have|had|is|was|just|today|also|now|successfully|officially|recently|reportedly|finally|a|ha|han|hat|hatte|avait|avaient|había|havia|tinha|vient\s+de)\s+)*${RAISE_VERBS}(?![\p{L}-])`, 'giu');
const PRONOUN = /(?:^|\s)(?:it|we|they|the\s+(?:\w+[- ])?(?:company|startup|start-up|firm|platform|business|maker|provider|developer|operator|group|brand|outfit|venture|raiser|unicorn))\s*$/i;
const APPOSITIVE = /^\s*(?:a|an|the|its|which|who|one|part|founded|based|headquartered|launched|led|backed|whose|formerly|previously)\b|^\s*[a-z]/;

/** The name at the end of a subject phrase ("Also, Nigeria-based media company, Big Cabal Media"). */
export function subjectName(phrase: string): { name: string; start: number } | null {
  // "X, a platform for Y, has raised": a segment closed by a comma right before the verb is an appositive
  const relative = /\s(?:which|that|who)\s*$/i.test(phrase) || /,\s*$/.test(phrase);
  let p = phrase.replace(/\s+(?:which|that|who)\s*$/i, '');
  p = p.replace(/[\s,]+$/, '');
  // a dashed aside is an appositive too: "Glimmerlake - a robotics company that raised"
  p = p.replace(/\s[-—–]\s/g, ', ');
  // comma segments from the right; skip appositives ("a platform which ..."), keep the first that ends in a name
  const segs: { t: string; s: number }[] = [];
  let last = 0;
  for (let i = 0; i <= p.length; i++) {
    if (i === p.length || p[i] === ',') { segs.push({ t: p.slice(last, i), s: last }); last = i + 1; }
  }
  for (let k = segs.length - 1; k >= 0; k--) {
    const seg = segs[k];
    const example = /\b(?:such\s+as|like|including|namely)\s+[A-Z][^,]*$/.test(seg.t);
    if (!example && APPOSITIVE.test(seg.t) && k > 0 && (k < segs.length - 1 || relative || /\b(?:that|which|who)\b/.test(seg.t))) continue;
    const runs = capRuns(seg.t);
    if (!runs.length) continue;
    const r = runs[runs.length - 1];
    // the name must close the segment (allowing a legal suffix): "startup Agari", not "Agari's growth team"
    const tail = seg.t.slice(r.end).trim();
    if (/\b(?:in|at|from|near|across|of)\s*$/i.test(seg.t.slice(0, r.start)) && k > 0) continue; // "a chain based in Shenzhen"
    if (tail && !/^(?:Inc|Ltd|LLC|Corp|Co|Pte|GmbH|AG|SA)\b\.?/.test(tail)) continue;
    // "Toronto's Maplegrid raised", "Alphabet's Wayline raised": the raiser is the possessed name, not the place or parent
    const poss = /^(.+?)['’]s\s+([A-Z].*)$/.exec(r.text);
    // ... unless the possessed name is a fund or a unit ("Y Combinator's Continuity Fund", "McKay's Corp")
    if (poss && !/\b(?:Corp|Inc|Co|Ltd|Group|Holdings|Ventures|Capital|Funds?|Foundation|Bank|Labs?|Partners|Investments?|Arm|Unit|Division)\b/.test(poss[2])) return { name: tidyName(poss[2]), start: seg.s + r.start + r.text.length - poss[2].length };
    return { name: tidyName(r.text), start: seg.s + r.start };
  }
  return null;
}

/** The name right after "in/into/of" ("in data management software maker Imanis Data Inc."). */
export function objectName(text: string): { name: string; start: number } | null {
  const stop = /,|;|\.\s|\.$|\s(?:in|to|for|as|at|based|which|that|who|from|through|with|on|and\s+(?:its|the))\s|\s[—–-]\s|\(/.exec(text);
  const np = stop ? text.slice(0, stop.index) : text;
  if (np.length > 90) return null;
  // "led by X in June 2023": a time, not the company invested in
  if (/^(?:early\s+|late\s+|mid-?\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Q[1-4]\b|(?:19|20)\d\d\b)/.test(np)) return null;
  const r = lastName(np);
  if (!r) return null;
  return { name: tidyName(r.text), start: r.start };
}

const OBJECT_PATTERNS = [
  /\b(?:funding|financing|round|investment)\s+(?:of|for)\s+/gi,
  /\b(?:was|were|been)\s+(?:raised|secured|closed|bagged|picked up|landed|scooped up)\s+by\s+/gi,
  /\b(?:invest(?:ed|s|ing|ment)?|put|injected|injecting|infusion|stake|backing|funding|financing|round|bet|pledged|led|co-led|outlay)\b[^.;]{0,80}?\b(?:in|into)\s+(?!(?:a|an|the|its|their|this|our)\s+(?:round|series|funding|financing|seed|new|latest|fresh|pre))/gi,
  /\b(?:funding|financing|round|investment)\s+(?:of|for)\s+/gi,
  /\b(?:have|has|had)?\s*(?:funded|backed)\s+(?=[A-Z])/g,
];

export function findCompany(sentence: string, triggerAt: number, investorNames: string[]): CompanyRef {
  const isInvestor = (n: string): boolean => investorNames.some((i) => i.toLowerCase() === n.toLowerCase() || i.toLowerCase().startsWith(n.toLowerCase() + ' '));
  // possessive in front of money/stage/round: "OYO's $1.5 billion fundraising round"
  const pos = /([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+(?:(?:latest|new|fresh|first|second|recent|massive|big|maiden|ongoing)\s+)*(?:[$€£¥₹]|US\$|Series|seed|pre-seed|funding|round|fundraise|fundraising|raise|financing|investment)/g;
  let m: RegExpExecArray | null;
  // subject of the raise verb
  SUBJECT_VERB.lastIndex = 0;
  let firstVerb: RegExpExecArray | null = null;
  while ((m = SUBJECT_VERB.exec(sentence))) {
    // "we are excited to announce that Wasp raised": the announcement is not the raise
    if (/announc|unveil/i.test(m[0]) && !/^\s+(?:(?:a|an|its|the|their|our)\s+)?(?:[$€£¥₹]|US\$|\d|(?:new|fresh|series|seed|funding|round|investment|close|closing|completion)\b)/i.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    // "The raise comes as ...", "its close": after a determiner the word is a noun, not the act
    if (/^(?:rais|clos)/i.test(m[0]) && /\b(?:the|this|its|their|our|his|her)\s+$/i.test(sentence.slice(0, m.index))) continue;
    firstVerb = m; break;
  }
  for (const re of OBJECT_PATTERNS) {
    re.lastIndex = 0;
    while ((m = re.exec(sentence))) {
      const at = m.index + m[0].length;
      const o = objectName(sentence.slice(at));
      if (o && !isInvestor(o.name) && capRuns(sentence.slice(at, at + o.start + o.name.length)).length) {
        // "X led a $30M investment in Y" and "A have funded B": B raised
        const subj = sentence.slice(0, m.index);
        if (/\b(?:led|invested|put|injected|funded|backed|pledged|made|co-led|infusion|stake|investment|backing|bet|by)\b/i.test(m[0]) || /\b(?:invested|led|injecting)\b/.test(subj)) {
          return { kind: 'name', name: o.name, start: at + o.start, end: at + o.start + o.name.length };
        }
      }
    }
  }
  if (firstVerb) {
    let head = sentence.slice(0, firstVerb.index);
    // reported speech: "X said (on Friday) that it has drawn" → X
    const rep = /^(.*?)\s+(?:(?:has|have|had)\s+)?(?:said|says|announced|announces|confirmed|revealed|disclosed|told\s+\w+)\b[^,]*?\bthat(?:\s+(?:it|they|we))?\s*$/i.exec(head);
    const core = head.replace(/^.*\b(?:that|when|after|as)\s+/i, '');
    if (PRONOUN.test(core) || /^\s*(?:it|we|they)\s*$/i.test(core)) {
      if (rep) {
        const s = subjectName(rep[1]);
        if (s && !isInvestor(s.name)) return { kind: 'name', name: s.name, start: s.start, end: s.start + s.name.length };
      }
      return { kind: 'ref' };
    }
    // "GitLab, the DevOps platform, announced it has completed": cut reporting verb
    const rv = /^(.*?)\s+(?:today\s+)?(?:announced|announces|said|says|confirmed|revealed)\b/i.exec(head);
    if (rv && /\b(?:it|that)\b/.test(head.slice(rv[0].length))) head = rv[1];
    // "Cobaltline was founded in 2019 and had raised": the subject precedes the first coordinated predicate
    head = head.replace(/\s+(?:was|is|were|are|has\s+been|had\s+been)\s+[^,;]{1,60}?\s+and\s+$/, ' ');
    const s = subjectName(head.replace(/^.*\b(?:that|when|after)\s+(?=[A-Z])/, ''));
    if (s && !isInvestor(s.name)) {
      const off = head.lastIndexOf(s.name);
      return { kind: 'name', name: s.name, start: Math.max(0, off), end: Math.max(0, off) + s.name.length };
    }
  }
  pos.lastIndex = 0;
  while ((m = pos.exec(sentence))) {
    const name = tidyName(lastName(m[1])?.text ?? '');
    if (name && !isInvestor(name) && !/^(?:Its|Their|The|This|Company|Startup)$/i.test(name)) {
      const start = m.index + m[1].lastIndexOf(name);
      return { kind: 'name', name, start, end: start + name.length };
    }
  }
  if (/\b(?:it|we|our|its|the company|the startup|the firm|they)\b/i.test(sentence)) return { kind: 'ref' };
  return null;
}
