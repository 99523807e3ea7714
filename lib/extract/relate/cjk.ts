// Frames for sentences in Chinese, Japanese and Korean, where names carry no capitals and figures are
// written in 万 / 亿 / 億円 / 억원: the raiser is a bracketed name (「X」) or the words before the raise verb,
// the investors are the lists before 领投 (lead) and 跟投 / 参投 (others). Lexicon: lexicon/cjk.ts.
import type { Money, Stage } from '../../model';
import {
  CJK_AFTER_INVESTOR, CJK_CHAR, CJK_CURRENCIES, CJK_OWNED_BY, CJK_DESCRIPTOR, CJK_FOLLOW, CJK_INVESTORS_ARE, CJK_KIND_BEFORE_LATIN, CJK_LEAD, CJK_LIST_SEPARATOR, JA_LEAD_IS, CJK_NOT_A_NAME, CJK_NOT_INVESTOR,
  CJK_QUALIFIERS, CJK_RAISE, CJK_REFERS, CJK_SCALES, CJK_STAGES, JA_DESCRIBED_BY, JA_LATIN_SUBJECT, JA_TOPIC, KO_AND, KO_CLAUSE_END, KO_FROM, KO_INNER_SCALES, KO_INVESTED_IN, KO_JOINED, KO_LEAD, KO_NOT_SUBJECT, KO_SUBJECT,
} from '../lexicon/cjk';
import { findMoney } from '../recognize/money';
import type { SentenceInput } from './frame';
import { blockFrame } from './hits';
import type { Frame, Hit, NameHit } from './types';

export const isCjk = (text: string): boolean => CJK_CHAR.test(text);
const KANA = /[\u3040-\u30ff]/u;
const HANGUL = /[\uac00-\ud7af]/u;

const SCALE = Object.keys(CJK_SCALES).sort((a, b) => b.length - a.length).join('|');
const CURRENCY = CJK_CURRENCIES.map(([w]) => w).join('|');
/** Korean counts thousands and hundreds of 억 inside the figure: "1천억 원" is 100 billion won, "1조 2천억" 1.2 trillion. */
const KO_INNER = Object.keys(KO_INNER_SCALES).join('|');
const MONEY = new RegExp(String.raw`(数|數|几|幾)?(?:(\d+(?:\.\d+)?)조\s?(?=\d))?(\d+(?:[.,]\d+)*)?(${KO_INNER})?\s?(${SCALE})?\s?(${CURRENCY})?`, 'gu');

/** A counter word after a figure without currency: 名 / 人 / 个 (people, things), 家 (firms), 次 (times), 件, 台, 辆… */
const COUNTER = /^(?:多|余|餘)?(?:名|人|个|個|家|位|次|款|件|台|辆|輛|户|戶|用户|用戶|명|개|회|人以上)/u;

interface CjkMoney extends Hit { money: Money; role: 'round' | 'valuation' | 'total' }

function roleAt(text: string, at: number): CjkMoney['role'] {
  const before = text.slice(Math.max(0, at - 12), at);
  if (/估值|估價|評価額|株式価値|時価総額|기업가치|밸류/u.test(before)) return 'valuation';
  // (Korean 총, "in all", sizes this round: "총 510억원 규모의 투자를 유치"; 누적 is the running total)
  if (/累计|累計|迄今|至今|累積|누적/u.test(before)) return 'total';
  return 'round';
}

/** Figures such as 1亿元, 近亿元, 1000万欧元, 251億円, 200억원 (not 数亿元: "several hundred million" is no figure). */
export function findCjkMoney(text: string): CjkMoney[] {
  const out: CjkMoney[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m; m = MONEY.exec(text)) {
    if (!m[0]) { MONEY.lastIndex++; continue; }
    const [, several, trillions, digits, inner, scale, cur] = m;
    if (several || !(digits ? scale || cur : scale && cur)) continue;
    // "6 万多名新用户" (60,000-odd users): a count of people or things, not a sum
    if (!cur && COUNTER.test(text.slice(m.index + m[0].length))) continue;
    const value = (digits ? Number(digits.replace(/,/g, '')) : 1) * (inner ? KO_INNER_SCALES[inner]! : 1) * (scale ? CJK_SCALES[scale]! : 1)
      + (trillions ? Number(trillions) * CJK_SCALES['조']! : 0);
    if (!Number.isFinite(value) || value < 10_000) continue;
    const currency = CJK_CURRENCIES.find(([w]) => w === cur)?.[1] ?? (HANGUL.test(text) ? 'KRW' : KANA.test(text) ? 'JPY' : 'CNY');
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    const qualifier = CJK_QUALIFIERS.find(([re]) => re.test(before))?.[1] ?? (digits ? 'exact' : 'about');
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, money: { value, currency, qualifier }, role: roleAt(text, m.index) });
  }
  return out;
}

function findCjkStage(text: string): (Hit & { stage: Stage }) | null {
  for (const [re, f] of CJK_STAGES) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m) return { text: m[0], start: m.index, end: m.index + m[0].length, stage: f(m) };
  }
  return null;
}

/** "【财新网】(记者 王琼慧)": an outlet's tag and its reporter's byline open a wire story; neither is a name. */
const SOURCE_TAG = /【[^】]{1,20}】\s*(?:[（(]\s*(?:记者|記者|通讯员|通訊員)[^)）]{0,20}[)）])?/gu;
const clean = (s: string): string => s.replace(/^[\s「『“"（(—―-]+|[\s」』”"）)]+$/gu, '').replace(/等$/u, '').replace(CJK_KIND_BEFORE_LATIN, '').trim();

function latinSubject(head: string): Hit | null {
  const m = JA_LATIN_SUBJECT.exec(head);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  return { text: m[1]!, start: at, end: at + m[1]!.length };
}

/** Words that may stand as a name: two to `max` characters, no clause inside them, no round ("A 轮融资中"). */
const nameLike = (name: string, max: number): boolean =>
  name.length >= 2 && name.length <= max && !CJK_NOT_A_NAME.test(name) && !findCjkStage(name);
/** A Korean subject that names someone: not 회사 / 이번 … (KO_NOT_SUBJECT), no clause. */
const koreanName = (word: string): boolean => !KO_NOT_SUBJECT.test(word) && !CJK_NOT_A_NAME.test(word);

/** A Japanese topic or a Korean subject before the verb: the raiser in those languages' word order. */
function markedSubject(text: string, verbAt: number): Hit | null {
  const head = text.slice(0, verbAt);
  if (KANA.test(head)) {
    const m = JA_TOPIC.exec(head);
    if (!m) return latinSubject(head);
    const name = m[1]!.replace(JA_DESCRIBED_BY, '').replace(CJK_KIND_BEFORE_LATIN, '').trim();
    const at = m[1]!.length - name.length;
    return nameLike(name, 24) && !CJK_NOT_INVESTOR.test(name) ? { text: name, start: at, end: at + name.length } : null;
  }
  if (!HANGUL.test(head)) return null;
  const m = KO_SUBJECT.exec(head);
  if (!m || !koreanName(m[1]!)) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  return { text: m[1]!, start: at, end: at + m[1]!.length };
}

/** Words between a raiser and its verb: "自如对外正式宣布完成了…" (announced officially, to the public); "小米公司证实在
 *  最新一轮融资中筹得" (confirmed, in its latest round, raising). */
const CJK_TRAILING = /(?:已经|已|近日|日前|今日|今天|昨日|近期|目前|对外|對外|宣布|宣佈|正式|成功|于|於|再次|再度|又|证实|證實|表示|透露|在[^，。；]{0,20}?(?:融资|融資|投资|投資)中)+$/u;

/** "在上海的X", "最新": a function word opens the words, not a name — but a two-character name may begin with one
 *  ("自如" is a company; 自 alone means "from"). */
function opensOnFunctionWord(name: string): boolean {
  const m = CJK_NOT_INVESTOR.exec(name);
  return !!m && (m[0].length === name.length || name.length - m[0].length >= 2);
}

/** The raiser: the first bracketed name before the verb, a marked subject, else the words before the verb after the last description. */
function raiser(raw: string, verbAt: number): Hit | null {
  const text = raw.replace(SOURCE_TAG, (m) => ' '.repeat(m.length));
  const br = /[「『]([^」』]{1,30})[」』]/u.exec(text.slice(0, verbAt + 1));
  // (a bracketed stage — 「シリーズA」の資金調達 — names the round, not its raiser)
  if (br && !findCjkStage(br[1]!)) return { text: br[1]!, start: br.index + 1, end: br.index + 1 + br[1]!.length };
  const marked = markedSubject(text, verbAt);
  if (marked) return marked;
  const head = text.slice(0, verbAt);
  const clause = head.split(/[，。；：、,:;]|\s{2,}/u).pop() ?? '';
  let start = head.length - clause.length;
  // the words after the last description are the name; words trailing the name ("自如对外正式宣布") are not one
  const body = clause.replace(CJK_TRAILING, '');
  CJK_DESCRIPTOR.lastIndex = 0;
  for (const m of body.matchAll(CJK_DESCRIPTOR)) start = head.length - clause.length + m.index + m[0].length;
  // "脑虎科技（NeuroXess）": the bracketed other name is an alias, not part of the name
  // (but "事業者(CPO)のプラグリンク": a bracket inside describes what comes after it)
  const words = head.slice(start).replace(/^.*[)）]の/u, '');
  // (Japanese without a comma after the subject: "Xが450億ウォン規模の投資を誘致" — the subject ends at が)
  const described = KANA.test(head) ? words.replace(/が[^が]*$/u, '') : words;
  const name = clean(described.replace(CJK_TRAILING, '').replace(/[（(].*$/u, ''));
  // ("…领投的 A 轮融资中获得": the words before the verb name the round, not who raised it)
  if (!nameLike(name, 24) || /^\d/.test(name) || opensOnFunctionWord(name)) return null;
  const at = head.indexOf(name, start);
  return { text: name, start: at, end: at + name.length };
}

/** One list item → the investor's name: "老股东千骥资本持续" → 千骥资本, "中金资本旗下X基金" → X基金. */
function investorName(raw: string): string {
  const name = raw.replace(/^(?:由|本轮融资由|本輪融資由|本轮由|以及|及|和|包括|包含)/u, '').replace(CJK_NOT_INVESTOR, '').replace(CJK_NOT_INVESTOR, '');
  // ("世界杯冠军足球运动员 Mario Götze": the Chinese words before a Latin name describe the person)
  return clean(clean(name).replace(CJK_OWNED_BY, '').replace(CJK_AFTER_INVESTOR, '')).replace(HAN_BEFORE_LATIN, '');
}
const HAN_BEFORE_LATIN = /^\p{Script=Han}{2,}\s?(?=\p{Lu}(?:\p{Ll}|\p{Lu}))/u;
/** "Booking.com、Preply 的创始人在内的天使投资人": an item with 的 is a description of backers, not a name. */
const DESCRIBED_ITEM = /的/u;

/** A Japanese list brackets its names: 「A」、「B」が参加 — the words around the brackets describe them. */
const BRACKETED = /[「『]([^」』]{2,40})[」』]/gu;

function listHits(text: string, list: string, at: number): NameHit[] {
  const out: NameHit[] = [];
  let offset = at;
  const bracketed = [...list.matchAll(BRACKETED)].map((m) => m[1]!);
  for (const raw of bracketed.length ? bracketed : list.split(CJK_LIST_SEPARATOR)) {
    const name = investorName(raw);
    const start = text.indexOf(name, offset);
    if (start >= 0 && nameLike(name, 30) && !CJK_NOT_INVESTOR.test(name) && !DESCRIBED_ITEM.test(name)) out.push({ name, text: name, start, end: start + name.length });
    offset = Math.max(offset, start >= 0 ? start + name.length : offset);
  }
  return out;
}

/** The Korean list that ends at its particle (`at`): words joined by commas or 와/과, back to a clause's end. */
function koreanList(text: string, at: number): NameHit[] {
  const words = [...text.slice(0, at).matchAll(/\S+/gu)];
  const last = words.at(-1);
  if (!last || KO_NOT_SUBJECT.test(last[0])) return [];
  let first = words.length - 1;
  for (let i = words.length - 2; i >= 0; i--) {
    const w = words[i]![0];
    const item = w.replace(/[,，]$/u, '').replace(KO_AND, '');
    if (item === w || KO_CLAUSE_END.test(item)) break;
    first = i;
  }
  const start = words[first]!.index!;
  const list = words.slice(first).map((w) => w[0].replace(/[,，]$/u, '').replace(KO_AND, '')).join(', ');
  return listHits(text, list, start);
}

function investors(text: string): { leads: NameHit[]; participants: NameHit[] } {
  const leads: NameHit[] = [];
  const participants: NameHit[] = [];
  for (const m of text.matchAll(CJK_LEAD)) {
    // "由X领投", "公司曾获得X领投的A轮": the lead list starts after 由 or the raise verb
    // ("在X领投的A轮融资中": the list starts after 在, "in the round X led"; "X在本轮领投" keeps X)
    const g = (m[1] ?? m[2]!).replace(/^.*(?:由|获得|獲得|获|獲)/u, '').replace(/^.*在(?![本此该該])/u, '').replace(/在[本此该該](?:轮|輪|次).*$/u, '');
    leads.push(...listHits(text, g, m.index + m[0].indexOf(g)));
  }
  for (const m of text.matchAll(JA_LEAD_IS)) leads.push(...listHits(text, m[1]!, m.index));
  for (const re of [CJK_FOLLOW, CJK_INVESTORS_ARE]) for (const m of text.matchAll(re)) participants.push(...listHits(text, m[1]!, m.index));
  if (HANGUL.test(text)) {
    for (const m of text.matchAll(KO_LEAD)) leads.push(...koreanList(text, m.index));
    for (const re of [KO_JOINED, KO_FROM]) for (const m of text.matchAll(re)) participants.push(...koreanList(text, m.index));
  }
  return { leads, participants: participants.filter((p) => !leads.some((l) => l.name === p.name)) };
}

/** "A가 B에 50억원을 투자했다": B raised, A invested (A is the subject before B). */
function koreanInvestment(text: string): { company: Hit; investor: NameHit | null } | null {
  const m = KO_INVESTED_IN.exec(text);
  if (!m || !koreanName(m[1]!)) return null;
  const company = { text: m[1]!, start: m.index, end: m.index + m[1]!.length };
  const subject = KO_SUBJECT.exec(text.slice(0, m.index));
  if (!subject || !koreanName(subject[1]!)) return { company, investor: null };
  const at = subject.index + subject[0].indexOf(subject[1]!);
  return { company, investor: { name: subject[1]!, text: subject[1]!, start: at, end: at + subject[1]!.length } };
}

/** "2018年3月，X宣布…" on a page of 2022: a round dated a year or more before the page is an earlier one. */
function yearsBefore(text: string, published: string | null): boolean {
  const year = /(?<!\d)((?:19|20)\d{2})\s?(?:年|년)/u.exec(text)?.[1];
  return !!year && !!published && Number(published.slice(0, 4)) - Number(year) >= 1;
}


/** The frame of one CJK sentence, or none when it states no round. */
export function cjkFramesOf(inp: SentenceInput): Frame[] {
  const { text } = inp;
  const latin = findMoney(text, inp.currency).map((m) => ({ text: m.text, start: m.start, end: m.end, money: m.money, role: roleAt(text, m.start) }));
  const moneys = [...findCjkMoney(text), ...latin].sort((a, b) => a.start - b.start);
  const amount = moneys.find((m) => m.role === 'round') ?? null;
  const valuation = moneys.find((m) => m.role === 'valuation') ?? null;
  const stage = findCjkStage(text);
  const inv = investors(text);
  const verb = CJK_RAISE.exec(text);
  if (!verb && !inv.leads.length && !inv.participants.length && !KO_INVESTED_IN.test(text)) return [];
  if (!amount && !stage && !inv.leads.length && !inv.participants.length) return [];
  const invested = verb ? null : koreanInvestment(text);
  if (invested?.investor) inv.participants.push(invested.investor);
  const company = verb ? raiser(text, verb.index) : invested?.company ?? null;
  return [blockFrame(inp, {
    company: company && { name: company.text, ...company },
    companyRef: !company && CJK_REFERS.test(text),
    amount, valuation, stage, leads: inv.leads, participants: inv.participants,
    raise: !!verb || !!invested,
    past: /(?:此前|之前|曾|上一轮|上一輪|前轮|去年|年前|過去|以前|이전)/u.test(text.slice(0, amount?.start ?? stage?.start ?? text.length)) || yearsBefore(text, inp.published),
    unfinished: /(?:拟|擬|计划|計劃|正在洽谈|洽談|寻求|尋求)/u.test(text),
  })];
}
