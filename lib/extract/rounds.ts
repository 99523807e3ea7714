// Assembles sentence facts into rounds. Each funding sentence (a raise verb + a round amount, stage or
// lead) opens or extends a round for its company; follow-up sentences ("The round was led by...",
// "Others joining were...") add to the round they refer to. Then each round is judged primary (this
// article reports it) or mentioned (an earlier round, a rival's, a round on a non-funding page).
import type { Article, Evidence, Investor, Money, Round, Stage, Valuation } from '../model';
import { findCompany, RAISE_VERBS } from './company';
import { daysBefore, findDates } from './recognize/dates';
import { makeEvidence } from './evidence';
import { findInvestors, type InvestorMention, itemName } from './investors';
import { type CurrencyContext, findMoney, type MoneyMention } from './recognize/money';
import { moneyRole } from './roles';
import { splitSentences } from './segment/sentences';
import { splitClauses } from './clauses';
import { type EarlierRef, earlierRefs } from './earlier';
import { findStages, stageRank, type StageMention } from './recognize/stage';
import { capRuns, NOT_NAME, tidyName } from './names';

export interface Block { index: number; text: string; headlineLike: boolean }

interface Draft {
  company: string | null;
  companyRef: boolean;
  stage: Stage | null;
  amount: Money | null;
  valuation: Valuation | null;
  investors: Investor[];
  past: boolean;
  date: string | null;
  evidence: Evidence[];
  fromTitle: boolean;
  block: number;
  order: number;
  texts: string[];
  confidence: number;
}

// (?![\p{L}]) rather than \b: \b does not close a word that ends in an accent ("cerró", "levantó")
const TRIGGER = new RegExp(String.raw`\b${RAISE_VERBS}(?![\p{L}\p{N}_-])|\b(?:co-?led|led|invest(?:ed|s|ment)|funded|backed|injected|infusion|pledged|put|financing|funding|round|fundraise|investment)\b|\balso\s+(?:participated|took\s+part)\b`, 'iu');
const STRONG_VERB = new RegExp(String.raw`\b${RAISE_VERBS}(?![\p{L}\p{N}_-])|\b(?:co-?led|invested|funded|injected|pledged|put)\b|\bawarded\b(?=(?:[^.;]|\.\d){0,40}\b(?:grant|funding|loan)\b)`, 'iu');
const FUNDING_NOUN = /\b(?:round|funding|financing|investment|capital|raise|series\s+[a-j]|seed|pre-seed|tranche|backing|fundraise|fundraising|ronda|rodada|levée\s+de\s+fonds|tour\s+de\s+table|Finanzierungsrunde|Finanzierung|investimento|aporte|financiamiento|inversión|loan|grant|debt)\b/i;
const FUNDING_SENTENCE = /\b(?:round|funding|financing|investment|investors?|backers|capital|raise|series\s+[a-j]|seed|pre-seed|tranche|backing|fundraise|fundraising|ronda|rodada|levée\s+de\s+fonds|tour\s+de\s+table|Finanzierungsrunde|Finanzierung|investimento|aporte|financiamiento|inversión|inversores|loan|grant|debt|led by|co-led|venture|equity|stake)\b/i;
const RAISE_MONEY = /\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|bag(?:s|ged)?|nab(?:s|bed)?|snag(?:s|ged)?|land(?:s|ed)?|rake[sd]?\s+in|pull(?:s|ed)?\s+in|scoop(?:s|ed)?\s+up|pick(?:s|ed)?\s+up|invest(?:s|ed)?|receive[sd]?|puts?|inject(?:s|ed|ing)|pledged|levant\w*|recaud\w*|capt(?:ou|a|aram)|lev[ée]e?s?|lève|sammel\w*|eingesammelt|erh[äa]lt|erhielt)(?![\p{L}])[^.;]{0,30}(?:[$€£¥₹₦₩]|\b(?:US|S|HK|A|C|Rs|INR|EUR|GBP|USD)\b|\d)/iu;
// a sentence that only lists more backers: "Other participants included A and angel investor B."
const INVESTOR_LIST = /\b(?:other\s+(?:participants|investors|backers|angels)|(?:participants|investors|backers)\s+(?:in\s+the\s+(?:round|deal)\s+)?(?:also\s+)?(?:include[sd]?|were|are|such\s+as|comprised?))\b/i;
const IPO_CTX = /\b(?:IPO|initial public offering|public offering|go(?:es|ing)? public|went public|per share|a share|stock exchange|share sale|(?:stock|public|market|exchange|share)\s+listing|listing\s+(?:on|price|day|date)|priced at)\b/i;
const ACQ_CTX = /\b(?:acqui(?:re|res|red|ring|sition)|bought|buy(?:s|ing)?|sold|sell(?:s|ing)?|merger|merge[sd]?|takeover|exit(?:ed)?)\b/i;
const FUND_CTX = /\b(?:venture capitalists|VC firms?|venture firms?|limited partners|LPs)\b|\b(?:new|its|the|a|second|third|debut|flagship|(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf|\d+)th)\s+(?:\w+\s+){0,2}fund\b(?!ing)/i;
// investors raising their own money: "Venture capitalists are raising money at the fastest rate in a decade, raking in $13B"
const FUND_SUBJECT = /^(?:\W*\w+\W+){0,3}?(?:venture\s+capitalists|VCs|(?:venture|VC|private[- ]equity|buyout)\s+(?:firms|funds|investors))\b/i;
// the same markers in Spanish, Portuguese, French and German
const PAST_FOREIGN = /\b(?:hace\s+\w+\s+(?:años?|meses)|a\s+\w+\s+meses\s+de|anteriormente|previamente|el\s+año\s+pasado|(?:ronda|rodada)\s+anterior|há\s+\w+\s+(?:anos?|meses)|no\s+ano\s+passado|l['’]an(?:née)?\s+derni(?:er|ère)|il\s+y\s+a\s+\w+\s+(?:ans?|mois)|précédente?|avait\s+levé|(?:havia|tinha|había)\s+(?:captado|levantado|recebido|recaudado|levantado|obtenido|conseguido)|zuvor|im\s+(?:vergangenen|letzten)\s+Jahr|vor\s+\w+\s+(?:Jahren|Monaten))(?![\p{L}])/iu;
const PAST = /\b(?:previously|(?:earlier|prior|previous|last)\s+(?:round|funding|raise|investment|financing|series|seed|year|month)|earlier this year|(?<!\b(?:said|says|announced|confirmed|told\s+\w+)\b[^.]{0,40})had\s+(?:also\s+)?(?:raised|secured|closed|invested|received|bought|put)|(?:a|one|two|three|four|five|\d+)\s+(?:years?|months?)\s+ago|follow(?:s|ed|ing)\s+(?:a|an|its|their)|on the heels of|most recent|its last|the last round|record set|first raised|back in|initial investment|went on to raise|subsequently)\b/i;
const ROUND_REF = /\b(?:the|this|that|its|our|latest|new)\s+(?:latest\s+|new\s+|fresh\s+|recent\s+)?(?:round|funding|financing|investment|raise|capital|series\s+[a-j]|seed|deal|consortium|syndicate|tranche|fundraise|fundraising|ronda)\b|\b(?:others joining|other investors|other participants|also (?:joined|participated|took part)|joined in|participated|took part|the round|the investors|investors include|angels include|backers include)\b/i;

export interface AssembleInput {
  article: Article;
  blocks: Block[];
  ctx: CurrencyContext;
  published: string | null;
  topic: string | null;
  negative: string | null;
  roundupTitle: boolean;
}

function sameName(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const n = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').replace(/\b(?:inc|ltd|llc|pte|corp|co|group|holdings|the|com|ai|io)\b/g, ' ').replace(/\s+/g, ' ').trim();
  const x = n(a), y = n(b);
  if (!x || !y) return false;
  return x === y || x.startsWith(y + ' ') || y.startsWith(x + ' ') || x.endsWith(' ' + y) || y.endsWith(' ' + x) || x.replace(/ /g, '') === y.replace(/ /g, '');
}

function sameMoney(a: Money | null, b: Money | null): boolean {
  if (!a || !b) return false;
  const eq = (x: number, y: number): boolean => Math.abs(x - y) <= 0.01 * Math.max(x, y);
  return (a.currency === b.currency && eq(a.value, b.value))
    || (!!a.alt && a.alt.currency === b.currency && eq(a.alt.value, b.value))
    || (!!b.alt && b.alt.currency === a.currency && eq(b.alt.value, a.value));
}

function addInvestors(d: Draft, list: InvestorMention[], company: string | null, blockText: string, para: number, offset: number, quote: string, personFirm: Map<string, string>): void {
  for (const inv of list) {
    let name = inv.name;
    const firm = personFirm.get(name.toLowerCase());
    if (firm && !/\s/.test(name)) name = firm;
    if (company && sameName(name, company)) continue;
    if (d.company && sameName(name, d.company)) continue;
    const prev = d.investors.find((x) => sameName(x.name, name) || x.name.toLowerCase() === name.toLowerCase());
    if (prev) { if (inv.role === 'lead' && prev.role !== 'lead' && !d.investors.some((x) => x.role === 'lead' && !x.name)) prev.role = 'lead'; continue; }
    d.investors.push({ name, role: inv.role });
    d.evidence.push(makeEvidence(inv.role === 'lead' ? 'lead' : 'investor', blockText, para, offset + inv.start, offset + inv.end, quote, 0.8));
  }
}

export function assemble(inp: AssembleInput): Draft[] {
  const { blocks, ctx, published, article } = inp;
  const drafts: Draft[] = [];
  let order = 0;
  const totals: Money[] = [];
  // "Peter Bell from Highland Capital Partners" lets a later "Peter ... led the investment" name the firm
  const personFirm = new Map<string, string>();
  for (const b of blocks) {
    const re = /\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\s+(?:from|of|at)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(b.text))) { personFirm.set(m[1].toLowerCase(), m[3]); }
  }

  let current: Draft | null = null;
  let pendingLeads: { list: InvestorMention[]; block: number; text: string; offset: number; quote: string } | null = null;
  let listIntro: Draft | null = null;
  let localTopic: string | null = null;
  let pendingVal: { company: string; v: Valuation } | null = null;
  const refs: Ref[] = [];

  const all: Block[] = [{ index: -1, text: article.title, headlineLike: true }, ...blocks];
  for (const b of all) {
    const isTitle = b.index === -1;
    if (!b.text) continue;
    // a colon-introduced list of investors, one per block ("we are thrilled to welcome on board:")
    const words = b.text.split(/\s+/).length;
    if (listIntro && words <= 20 && !/\?$/.test(b.text) && (b.headlineLike || words <= 12 || /\)$/.test(b.text))) {
      const nm = itemName(b.text.split(/,|\(|\s[-–—]\s/)[0]);
      if (nm && !sameName(nm.name, listIntro.company)) {
        const pr = b.text.split(/,|\(/)[0];
        const fromM = /\s(?:from|of|at)\s/.test(pr) ? null : nm;
        const name = fromM ? fromM.name : nm.name;
        addInvestors(listIntro, [{ name, role: 'participant', start: nm.offset, end: nm.offset + name.length }], listIntro.company, b.text, b.index, 0, b.text, personFirm);
      }
      continue;
    }
    listIntro = null;
    if (b.index >= 0 && !isTitle) localTopic = localTopic; // topic carries across blocks of one story
    const units = splitSentences(b.text).flatMap((sp, si) => {
      const sm = findMoney(sp.text, ctx);
      const cl = sm.length < 2 ? [{ text: sp.text, start: 0 }] : splitClauses(sp.text, sm, published);
      return cl.map((c, ci) => ({ text: c.text, start: sp.start + c.start, first: si === 0 && ci === 0, moneys: cl.length === 1 ? sm : null }));
    });
    for (const s of units) {
      const text = s.text;
      if (!isTitle) for (const r of earlierRefs(text, published)) refs.push({ ...r, block: b.index, blockText: b.text, offset: s.start, quote: text, order: order++ });
      const moneys = s.moneys ?? findMoney(text, ctx);
      const stages = findStages(text);
      const trig = TRIGGER.exec(text);
      const strong = STRONG_VERB.test(text) || /\b(?:has\s+|have\s+)?led\s+(?:a|an|the)\s+(?:[$€£¥₹]|US\$|\d)/.test(text) || /['’]s\s+(?:\w+\s+)?(?:[$€£¥₹]|US\$)\S+\s+(?:\w+\s+)?(?:round|funding|investment|fundraise|fundraising|financing)\b/.test(text);
      const fundingish = !!trig || FUNDING_NOUN.test(text) || INVESTOR_LIST.test(text);
      const invs = fundingish ? findInvestors(text, { funding: strong || FUNDING_NOUN.test(text) }) : [];
      const ipo = IPO_CTX.test(text);
      const roles = moneys.map((mm) => ({ mm, ...moneyRole(text, mm) }));
      for (const r of roles) if (r.role === 'total') totals.push(r.mm.money);
      const clauseNeg = (mm: MoneyMention): boolean => {
        const c0 = Math.max(text.lastIndexOf(';', mm.start), text.lastIndexOf(' and ', mm.start), text.lastIndexOf(', ', mm.start - 2));
        const clause = text.slice(Math.max(0, c0), mm.end + 40);
        return ACQ_CTX.test(clause) && !/\b(?:stake|shares)\b.{0,40}\b(?:investment|round|funding)\b/i.test(clause) || FUND_CTX.test(clause)
          || (FUND_SUBJECT.test(text.slice(0, Math.min(mm.start, 60))) && !stages.length && !/\b(?:in|into)\s+[A-Z]/.test(text));
      };
      // a round needs funding words around it, not just a verb and a price ("shell out $15", "$1000 invested in a room")
      const fundingSentence = FUNDING_SENTENCE.test(text) || RAISE_MONEY.test(text);
      // a secondary sale: holders sell shares to investors ("employees will sell $300M of shares in a secondary sale");
      // the shares sold are the deal's size, and "sell" here is no acquisition
      const secondaryDeal = stages.some((x) => x.stage === 'secondary') && !ipo;
      const soldShares = secondaryDeal ? roles.find((r) => r.mm.money.value >= 10_000 && /\b(?:sell|sells|selling|sold|buy|buys|buying|bought|offload\w*)\b[^$€£¥₹.;]{0,30}$/i.test(text.slice(Math.max(0, r.mm.start - 50), r.mm.start))
        && /^\s*(?:worth\s+)?(?:of|in)\s+(?:\w+\s+){0,2}(?:shares|stock|equity)\b/i.test(text.slice(r.mm.end, r.mm.end + 40))) : undefined;
      const moneyCand = soldShares ?? (!ipo && fundingSentence ? roles.find((r) => r.role === 'round' && r.mm.money.value >= 10_000 && !clauseNeg(r.mm) && !totals.some((t) => sameMoney(t, r.mm.money))) : undefined);
      // several valuations in one sentence ("buying shares at a valuation of $48B and injecting $1.25B at a valuation of $68B"):
      // the round's is the one that follows its figure
      const vals = roles.filter((r) => r.role === 'valuation');
      const val = (moneyCand && vals.find((r) => r.mm.start > moneyCand.mm.end && r.mm.start - moneyCand.mm.end < 80)) ?? vals[0];
      const leads = invs.filter((i) => i.role === 'lead');
      const stageM: StageMention | undefined = stages[0];
      const compRef = fundingish ? findCompany(text, trig ? trig.index : 0, invs.map((i) => i.name)) : null;
      const explicit = compRef && compRef.kind === 'name' ? compRef.name : null;
      if (explicit && (strong || stageM)) localTopic = explicit;
      else if (s.first && !fundingish) {
        const lt = /^(?:[\w'’-]+\s+){0,6}?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:,|\s+(?:is|has|was|operates|offers|provides|makes|builds|develops|helps|uses|runs)\b)/.exec(text);
        // "Corvane laid off 8% of staff": a paragraph that opens on a company is about that company
        const lv = lt ?? /^([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:has\s+|have\s+|had\s+)?(?:[a-z]{2,}ed|laid|cut|shed|said|saw|took|made|won|lost|began|grew)\b/.exec(text);
        if (lv) { const nm = tidyName(lv[1]); if (!/^(?:The|This|It|We|They|In|On|At|For|But|And|A|An|Last|Next|Earlier|Later)$/i.test(nm) && !NOT_NAME.has(nm.toLowerCase())) localTopic = nm; }
      }

      // is it past? look around the round amount (or the stage) for past markers and old dates
      const anchor = moneyCand?.mm ?? stageM ?? null;
      let past = false;
      let roundDate: string | null = null;
      if (anchor) {
        // the stage right after the figure belongs to it: "$12 million Series A led by X in June 2023"
        const aEnd = stageM && stageM.start >= anchor.start && stageM.start - anchor.end < 40 ? Math.max(anchor.end, stageM.end) : anchor.end;
        const w0 = Math.max(0, anchor.start - 90), w1 = Math.min(text.length, aEnd + 50);
        let win = text.slice(w0, w1);
        // a relative clause about the company ("which was founded in 2019") does not date the round
        const rel = /,\s+(?:which|who)\b|\b(?:founded|launched|established|started)\b/i.exec(win.slice(anchor.start - w0));
        if (rel) win = win.slice(0, anchor.start - w0 + rel.index);
        if (PAST.test(win) || PAST_FOREIGN.test(win)) past = true;
        // "seven months after the company raised $45M": the figure after "N months after" is the earlier event
        if (/\b(?:days|weeks|months|years)\s+after\b[^.;]{0,70}$/i.test(text.slice(w0, anchor.start))) past = true;
        for (const d of findDates(win, published)) {
          const db = daysBefore(d.date, published);
          if (db !== null && db > 40) past = true;
          if (!roundDate) roundDate = d.date;
        }
        if (/\b(?:will|would|plans? to|to raise|aims? to|seeking|in talks|looking to)\b/i.test(text.slice(w0, anchor.start)) && !/\bwill (?:use|be used)\b/i.test(text)) {
          // future or rumoured rounds are still reported news; keep them primary
        }
      }

      // an earlier round recalled without a raise verb: "This follows a $3M seed round in 2022", "its $25M Series A in May 2022"
      const recalls = !strong && !soldShares && !isTitle && past && !!moneyCand && (!!stageM || /\b(?:round|funding|financing|raise|investment)\b/i.test(text));
      const roundMoney = strong || recalls || soldShares ? moneyCand : undefined;
      const opens = !isTitle || true;
      const creates = recalls || !!soldShares || opens && strong && !ipo && (roundMoney || (stageM && (leads.length || /\b(?:raise|raised|raises|closed|closes|secured|announce[sd]?|anuncia|completed|invested|funded)\b/i.test(text))) || (leads.length && (roundMoney || stageM || /\b(?:round|investment|funding)\b/i.test(text))));
      const headlineOnly = b.headlineLike && !isTitle;
      // "X, which raised a $20M Series A in 2019, is now valued at $500M": today's valuation, not the old round's
      const valNow = !!val && past && !!anchor && val.mm.start > anchor.end && /\b(?:now|currently|today)\b|\b(?:after|following|with)\s+(?:the|this|its)\s+(?:new|latest|current|fresh)\s+(?:round|funding|investment|raise)/i.test(text.slice(anchor.end, val.mm.end + 40));
      // "The investment was led by X ..." continues the round just reported rather than opening one
      const continues = !roundMoney && current && !current.fromTitle && current.block >= b.index - 1
        && /^(?:\W*[\w'’-]+\W+){0,3}?(?:the|this|that|its|our)\s+(?:[\w-]+\s+){0,2}?(?:round|investment|funding|financing|raise|deal)\b/i.test(text);
      if (creates && !headlineOnly && !continues && !(inp.negative && isTitle)) {
        let company = explicit;
        let companyRef = false;
        if (!company && compRef?.kind === 'ref') { company = localTopic ?? inp.topic; companyRef = true; }
        if (!company && soldShares) {
          // "Early staff at Brindle Robotics will sell $120M of stock": whose shares change hands is the company
          const run = capRuns(text.slice(0, soldShares.mm.start)).filter((x) => x.start > 0 && !invs.some((i) => sameName(i.name, x.text))).pop();
          if (run && !NOT_NAME.has(tidyName(run.text).toLowerCase())) company = tidyName(run.text);
        }
        if (!company) { company = localTopic ?? inp.topic; companyRef = true; }
        const d: Draft = {
          company, companyRef, stage: stageM ? stageM.stage : null, amount: roundMoney ? { ...roundMoney.mm.money } : null,
          valuation: val && !valNow ? { ...val.mm.money, basis: val.basis ?? 'unspecified' } : null, investors: [], past, date: roundDate,
          evidence: [], fromTitle: isTitle, block: b.index, order: order++, confidence: 0.6, texts: [text],
        };
        const ev = (kind: Evidence['kind'], st: number, en: number, c: number): void => { d.evidence.push(makeEvidence(kind, b.text, b.index, s.start + st, s.start + en, text, c)); };
        if (roundMoney) ev('amount', roundMoney.mm.start, roundMoney.mm.end, 0.85);
        if (stageM) ev('stage', stageM.start, stageM.end, 0.85);
        if (val && !valNow) ev('valuation', val.mm.start, val.mm.end, 0.8);
        else if (val && current && !current.past && !current.valuation) {
          current.valuation = { ...val.mm.money, basis: val.basis ?? 'unspecified' };
          current.evidence.push(makeEvidence('valuation', b.text, b.index, s.start + val.mm.start, s.start + val.mm.end, text, 0.7));
        }
        if (compRef?.kind === 'name') ev('company', compRef.start, compRef.end, 0.8);
        const thisRound = past && anchor ? /\b(?:this|the\s+(?:new|latest|current))\s+(?:round|funding|investment|financing|deal)\b/i.exec(text.slice(0, anchor.start)) : null;
        if (past && anchor && current && !current.past && (thisRound || ROUND_REF.test(text.slice(0, Math.max(0, anchor.start - 90)) + ' '))) {
          // "Listing participants such as A and B, this round beats the record set last July when ...": A and B are in this round
          const cut = thisRound ? thisRound.index : anchor.start - 90;
          addInvestors(current, invs.filter((i) => i.end < cut), current.company, b.text, b.index, s.start, text, personFirm);
          addInvestors(d, invs.filter((i) => i.end >= cut), company, b.text, b.index, s.start, text, personFirm);
        } else addInvestors(d, invs, company, b.text, b.index, s.start, text, personFirm);
        if (pendingVal && d.company && sameName(pendingVal.company, d.company) && !d.valuation) d.valuation = pendingVal.v;
        pendingVal = null;
        if (pendingLeads && pendingLeads.block === b.index) addInvestors(d, pendingLeads.list, company, pendingLeads.text, pendingLeads.block, pendingLeads.offset, pendingLeads.quote, personFirm);
        pendingLeads = null;
        d.confidence = Math.min(0.95, 0.4 + (d.amount ? 0.25 : 0) + (d.company && !companyRef ? 0.15 : 0.05) + (d.stage ? 0.1 : 0) + (d.investors.length ? 0.05 : 0));
        // merge into an existing round when it is the same one told again
        const twin = drafts.find((o) => !o.fromTitle && (sameName(o.company, d.company) || (o.amount && d.amount && sameMoney(o.amount, d.amount) && (text.includes(o.company ?? '\u0000') || (!!d.company && o.texts.some((t) => t.includes(d.company!)))))) && (!o.amount || !d.amount || sameMoney(o.amount, d.amount)) && (!o.stage || !d.stage || o.stage === d.stage) && o.past === d.past);
        if (twin && !isTitle) {
          mergeInto(twin, d);
          current = twin;
        } else {
          drafts.push(d);
          if (!d.past || !current || current.past) current = d;
        }
        if (/:\s*$/.test(text) && /\b(?:investors?|angels|backers|welcome|board|joined|participat)/i.test(text)) listIntro = current;
        continue;
      }
      if (isTitle) continue;
      // follow-up facts for the current round
      if (current && !current.fromTitle && (invs.length || val || stageM) && (ROUND_REF.test(text) || current.block === b.index || current.block === b.index - 1 || (val && !!current.company && current.block >= b.index - 3 && text.includes(current.company)) || (current.block < b.index && invs.length && /\b(?:round|investment|funding|investors?)\b/i.test(text)))) {
        const aboutOther = explicit && current.company && !sameName(explicit, current.company) && !/\b(?:round|investment|funding)\b/i.test(text);
        // without a round figure to anchor on, an old date anywhere in the sentence makes it history
        const pastHere = anchor ? past : PAST.test(text) || findDates(text, published).some((d) => (daysBefore(d.date, published) ?? 0) > 40);
        if (!aboutOther && !pastHere && !ipo) {
          addInvestors(current, invs, current.company, b.text, b.index, s.start, text, personFirm);
          if (!current.valuation && val && !clauseNeg(val.mm) && valuationIsOurs(text, val.mm, current, stageM)) { current.valuation = { ...val.mm.money, basis: val.basis ?? 'unspecified' }; current.evidence.push(makeEvidence('valuation', b.text, b.index, s.start + val.mm.start, s.start + val.mm.end, text, 0.7)); }
          if (!current.stage && stageM && (ROUND_REF.test(text) || current.block === b.index)) { current.stage = stageM.stage; current.evidence.push(makeEvidence('stage', b.text, b.index, s.start + stageM.start, s.start + stageM.end, text, 0.6)); }
          if (/:\s*$/.test(text) && /\b(?:investors?|angels|backers|welcome|board|joined|participat)/i.test(text)) listIntro = current;
          continue;
        }
      }
      if (/:\s*$/.test(text) && current && /\b(?:investors?|angels|backers|welcome|board)/i.test(text)) listIntro = current;
      if (val && explicit && !roundMoney) pendingVal = { company: explicit, v: { ...val.mm.money, basis: val.basis ?? 'unspecified' } };
      if (leads.length && !roundMoney) pendingLeads = { list: leads, block: b.index, text: b.text, offset: s.start, quote: text };
    }
  }
  addEarlierRefs(drafts, refs);
  return drafts;
}

type Ref = EarlierRef & { block: number; blockText: string; offset: number; quote: string; order: number };

/** References to earlier rounds ("our initial investment in 2018") become mentioned rounds of the article's one company. */
function addEarlierRefs(drafts: Draft[], refs: Ref[]): void {
  const live = drafts.filter((d) => !d.past && !d.fromTitle && d.company);
  if (!refs.length || !live.length || live.some((d) => !sameName(d.company, live[0].company))) return;
  const company = live[0].company;
  const rank = Math.max(...live.map((d) => stageRank(d.stage)));
  for (const r of refs) {
    if (r.stage && (stageRank(r.stage) < 0 || stageRank(r.stage) >= rank)) continue; // an earlier round sits lower on the ladder
    if (drafts.some((d) => d.past && sameName(d.company, company) && ((r.stage && d.stage === r.stage) || (r.date && d.date && d.date.slice(0, 4) === r.date.slice(0, 4))))) continue;
    drafts.push({
      company, companyRef: true, stage: r.stage, amount: null, valuation: null, investors: [], past: true, date: r.date,
      evidence: [makeEvidence(r.stage ? 'stage' : 'date', r.blockText, r.block, r.offset + r.start, r.offset + r.end, r.quote, 0.5)],
      fromTitle: false, block: r.block, order: r.order, confidence: 0.4, texts: [r.quote],
    });
  }
}

/** A valuation in a follow-up sentence belongs to the current round unless another company or another round is its subject. */
function valuationIsOurs(text: string, mm: MoneyMention, d: Draft, stageM: StageMention | undefined): boolean {
  if (stageM && stageM.start < mm.start && d.stage && stageM.stage !== d.stage) return false; // "Its Series A valued it at $90 million"
  const subj = capRuns(text.slice(0, mm.start)).find((r) => r.start < 30 && !/^(?:Series|Seed|Pre-seed|Round|Funding|Investors?)\b/i.test(r.text));
  if (!subj) return true;
  const name = tidyName(subj.text);
  return sameName(name, d.company) || d.investors.some((i) => sameName(i.name, name)) || !/^[A-Z]/.test(name) || /^(?:With|The|This|That|It|Its)$/i.test(name);
}

function mergeInto(a: Draft, b: Draft): void {
  if (!a.amount && b.amount) a.amount = b.amount;
  else if (a.amount && b.amount && !a.amount.alt && b.amount.alt && sameMoney(a.amount, b.amount)) a.amount = b.amount;
  if (!a.stage && b.stage) a.stage = b.stage;
  if (!a.valuation && b.valuation) a.valuation = b.valuation;
  if (!a.date && b.date) a.date = b.date;
  if ((!a.company || a.companyRef) && b.company && !b.companyRef) { a.company = b.company; a.companyRef = false; }
  for (const inv of b.investors) {
    const prev = a.investors.find((x) => sameName(x.name, inv.name));
    if (!prev) a.investors.push(inv);
    else if (inv.role === 'lead' && prev.role !== 'lead' && !a.investors.some((x) => x.role === 'lead')) prev.role = 'lead';
  }
  a.evidence.push(...b.evidence);
  a.texts.push(...b.texts);
  a.confidence = Math.max(a.confidence, b.confidence);
}

export interface FinishInput extends AssembleInput { drafts: Draft[] }

/** Title facts fill gaps in the body's round; then primary/mentioned is decided. */
export function finish(inp: FinishInput): Round[] {
  const { drafts, negative, published } = inp;
  const title = drafts.filter((d) => d.fromTitle);
  const body = drafts.filter((d) => !d.fromTitle && d.company);
  for (const t of title) {
    const match = body.find((d) => (sameName(d.company, t.company) || (!t.company) || (t.amount && d.amount && sameMoney(t.amount, d.amount))) && !d.past)
      ?? (body.length && !t.company ? body[0] : undefined);
    if (match) {
      if (!match.stage && t.stage) match.stage = t.stage;
      if (!match.amount && t.amount) match.amount = t.amount;
      if (!match.investors.length) match.investors.push(...t.investors.filter((i) => !sameName(i.name, match.company)));
      else if (!match.investors.some((i) => i.role === 'lead')) for (const ti of t.investors) { const bi = match.investors.find((x) => sameName(x.name, ti.name)); if (bi && ti.role === 'lead') { bi.role = 'lead'; break; } }
      if (!match.company && t.company) match.company = t.company;
      match.evidence.push(...t.evidence);
    } else if (t.company && !negative) body.push(t);
  }
  // one primary round per company: the first non-past one; lower stages of the same company are earlier rounds
  const primaryOf = new Map<string, Draft>();
  const rounds: Round[] = [];
  const topic = inp.topic;
  for (const d of body.sort((a, b) => a.order - b.order)) {
    let primary = !negative && !d.past;
    const key = d.company!.toLowerCase();
    const prevP = [...primaryOf.entries()].find(([k]) => sameName(k, key))?.[1];
    if (primary && prevP) {
      primary = false;
      // a later-stage round reported after an earlier one: the later one is the news
      if (stageRank(d.stage) > stageRank(prevP.stage) && prevP.stage && d.stage && !prevP.fromTitle && !(topicMatches(prevP, topic))) { primary = true; prevP.past = true; }
    }
    if (primary && topic && !inp.roundupTitle && !sameName(d.company, topic) && body.some((o) => sameName(o.company, topic) && !o.past)) primary = false;
    if (primary) primaryOf.set(key, d);
    (d as Draft & { primary?: boolean }).primary = primary;
  }
  // demote earlier-stage rounds of a company whose primary round has a higher stage
  for (const d of body) {
    const p = (d as Draft & { primary?: boolean });
    const best = [...primaryOf.values()].find((x) => sameName(x.company, d.company));
    if (best && best !== d && p.primary && stageRank(d.stage) >= 0 && stageRank(best.stage) > stageRank(d.stage)) p.primary = false;
    if (best && best.past) { (best as Draft & { primary?: boolean }).primary = false; }
  }
  const nPrimary = body.filter((d) => (d as Draft & { primary?: boolean }).primary).length;
  for (const d of body) {
    const primary = !!(d as Draft & { primary?: boolean }).primary;
    let date = d.date;
    if (primary && !date && published) date = nPrimary > 1 ? published.slice(0, 7) : published;
    if (d.company && /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|First|Overall|Today)$/i.test(d.company)) continue;
    rounds.push({
      primary, company: d.company ? tidyName(d.company) : null, stage: d.stage, amount: d.amount, valuation: d.valuation,
      investors: d.investors, date, confidence: primary ? d.confidence : Math.min(d.confidence, 0.5), evidence: d.evidence,
    });
  }
  return rounds;
}

function topicMatches(d: Draft, topic: string | null): boolean { return !!topic && sameName(d.company, topic); }

export { capRuns };
