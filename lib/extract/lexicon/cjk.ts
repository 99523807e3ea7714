// Chinese, Japanese and Korean funding news: figures in 万 / 亿 / 億円 / 억원, rounds written A轮 / シリーズA /
// 시리즈 A, and the words around the raiser and its investors. Data only; relate/cjk.ts reads it.
import type { Stage } from '../../model';
import { oneOf } from './alternatives';

/** Scale characters and what they multiply by. */
export const CJK_SCALES: Record<string, number> = { 万: 1e4, 萬: 1e4, 百万: 1e6, 百萬: 1e6, 千万: 1e7, 千萬: 1e7, 亿: 1e8, 億: 1e8, 조: 1e12, 억: 1e8, 만: 1e4 };

/** Korean multipliers inside a figure, before its scale: "2천억" is 2 × 1,000 × 억. */
export const KO_INNER_SCALES: Record<string, number> = { 천: 1e3, 백: 1e2, 십: 10 };

/** Currency words, before or after the figure. */
export const CJK_CURRENCIES: [string, string][] = [
  ['人民币', 'CNY'], ['人民幣', 'CNY'], ['美元', 'USD'], ['美金', 'USD'], ['欧元', 'EUR'], ['歐元', 'EUR'], ['日元', 'JPY'], ['港元', 'HKD'],
  ['港币', 'HKD'], ['新加坡元', 'SGD'], ['英镑', 'GBP'], ['令吉', 'MYR'], ['新台币', 'TWD'], ['新台幣', 'TWD'], ['韩元', 'KRW'], ['韓元', 'KRW'],
  ['澳元', 'AUD'], ['加元', 'CAD'], ['円', 'JPY'], ['ドル', 'USD'], ['ユーロ', 'EUR'], ['ウォン', 'KRW'], ['원', 'KRW'], ['달러', 'USD'], ['元', 'CNY'],
];

/** "约", "近", "超", "逾": the qualifier before a figure. */
export const CJK_QUALIFIERS: [RegExp, 'about' | 'more_than' | 'up_to'][] = [
  [/(?:近|约|約|大约|大約|左右|約|약)$/, 'about'], [/(?:超过|超過|超|逾|以上|余|餘|이상)$/, 'more_than'], [/(?:最高|最多|최대)$/, 'up_to'],
];

/** Round names: A轮, Pre-A轮, B+轮, 天使轮, シリーズA, 시리즈 B. */
export const CJK_STAGES: [RegExp, (m: RegExpExecArray) => Stage][] = [
  [/(?:Pre-?|プレ|프리)\s?([A-J])\+?\s?(?:轮|輪|ラウンド|라운드)?/giu, () => 'seed'],
  [/(?<![A-Za-z])([A-J])(?:\+|\d)?\s?(?:轮|輪)/gu, (m) => `series_${m[1]!.toLowerCase()}` as Stage],
  [/(?:シリーズ|시리즈)\s?([A-J])/giu, (m) => `series_${m[1]!.toLowerCase()}` as Stage],
  [/天使(?:轮|輪)|エンジェル|엔젤/gu, () => 'angel'],
  [/种子(?:轮|輪)|種子(?:轮|輪)|シード|시드/gu, () => 'seed'],
  [/战略(?:投资|融资)|戰略(?:投資|融資)|전략적 투자/gu, () => 'strategic'],
];

/** Verbs that say the company got the money: 完成, 获得, 資金調達, 투자 유치. */
// ("拿下第一名" is winning first place, not money)
const RAISE_VERBS = ['完成', '获得', '獲得', '获投', '獲投', '获(?!悉)', '獲(?!悉)', '拿下(?!第)', '募集', '斩获', '啟動', '启动', '完成了', '筹得', '籌得', '筹集', '籌集', '募得'];
const RAISE_LEAD_IN = '(?:宣布)?(?:已)?(?:于近日|近日|日前|今日)?(?:宣布)?(?:连续|連續)?';
// ("投資を誘致": the Korean phrase 투자 유치 as Japanese translations of Korean news write it)
const RAISE_JA_KO = ['資金調達', 'を調達', '投資を誘致', '투자(?:를)? 유치', '유치', '투자(?:를)? 받(?:았|은|는)', '유상증자(?:를)?(?:\\s\\S+){0,2}\\s(?:마무리|완료)'];
export const CJK_RAISE = new RegExp(`${RAISE_LEAD_IN}${oneOf(RAISE_VERBS)}|${RAISE_JA_KO.join('|')}`, 'u');
/** Lead and other investors: 由X领投, X跟投, 投资方为X. */
export const CJK_LEAD = /(?:由)?([^，。；：]{2,60}?)(?:共同|联合|聯合)?(?:领投|領投)(?!方)|(?:领投方|領投方)(?:为|為|是)([^，。；：]{2,60})/gu;
/** Other investors: X跟投, X共同参与本次投资 (took part in this round), X等追加投资 (followed on). */
/** (继续跟进 "kept following", 共同投资 "invested together", が参加 "took part".) */
const FOLLOW_VERBS = [
  '跟投', '参投', '參投', '(?:参与|參與)(?:了)?(?:本次|本轮|本輪|此次)?(?:投资|投資|融资|融資)', '追加(?:投资|投資)', '追投', '加码', '加碼', '跟进', '跟進',
  '加持', '(?:持续|持續|继续|繼續)(?:投资|投資)', '(?<=共同)(?:投资|投資)', '(?:が|も)(?:[^、。]{0,12}として)?(?:参加|出資)',
];
// ("参与融资投资者" — the investors taking part — is the noun a list follows, not a closer)
export const CJK_FOLLOW = new RegExp(String.raw`([^，。；：]{2,80}?)(?:共同|联合|聯合)?${oneOf(FOLLOW_VERBS)}(?!的?(?:投资者|投資者|投资方|投資方|投资人|投資人))`, 'gu');
/** (and "参与融资的投资者包括A、B和C": the investors who took part include…) */
export const CJK_INVESTORS_ARE = /(?:投资方|投資方|投资者|投資者|投资人|投資人)[，,]?\s?(?:为|為|包括|包含|是)([^。；]{2,120})/gu;
/** A CJK kind noun glued before a name in Latin letters describes it: "スタートアップ企業Quantum Art", "美国公司Acme". */
export const CJK_KIND_BEFORE_LATIN = /^\P{Script=Latin}*(?:企業|会社|スタートアップ|ベンチャー|企业|公司|初创|初創|기업|스타트업)\s?(?=\p{Lu})/u;
/** A Japanese lead named as such: "リード投資家は北斗キャピタルで", "リード・インベスターは「X」、…". */
export const JA_LEAD_IS = /リード・?(?:投資家|インベスター)は([^、。，で]{2,60}?)(?:で|、|。|が|，)/gu;
/** Separators inside an investor list. */
export const CJK_LIST_SEPARATOR = /[、，,]|以及|和|及|与|與|및/u;
/** Descriptions around a raiser's name: the name comes after the last of these. */
const DESCRIPTORS = ['的', '商', '平台', '企业', '企業', '品牌', '机构', '機構', '厂商', '厂家', '服务商', '提供商', '运营商', '公司(?=.)', '初创', '初創',
  '独角兽', '獨角獸', '创企', '創企', '获悉', '獲悉', '消息', '日前', '近日', '今日', '已', '宣布', '正式', '首发', '首發', '丨', '\\|', '成立即', '成立',
  '刚刚', '剛剛', '再次', '又'];
export const CJK_DESCRIPTOR = new RegExp(oneOf(DESCRIPTORS), 'gu');
/** Words that are not investors in a list: 老股东 (existing shareholders), 等 (and others). */
const NOT_INVESTOR = ['[A-J]\\+?(?:轮|輪)(?:股东|股東|投资方|投資方)', '最新', '再度', '再次', '刚刚', '剛剛', '又', '在', '于', '於', '从', '從', '自', '当',
  '當', '该', '該', '此', '这', '這', '第.轮', '第.輪', '老股东', '老股東', '现有股东', '現有股東', '原有股东', '原有股東', '原股东', '原股東', '既存株主', '新規投資家', '等', '其他', '多家', '机构', '投资机构', '本轮', '本輪',
  '本次', '继续', '繼續', '持续', '持續', '追加',
  // "根据媒体消息" (according to the press), "年7月" (a date's tail), "出資" (an investment), "これ" (this)
  '(?:根据|根據|据|據)[^、，,]*', '年\\d', '\\d{1,2}月', '出資', '出资', 'これ', 'それ', '本件',
  // a clause, not a name: "获得一线基金们…加持" (got…), "并以此拿下…" (and with this), "随后" (then)
  '获得', '獲得', '拿下', '并', '並', '以此', '随后', '隨後', '此后', '此後'];
export const CJK_NOT_INVESTOR = new RegExp(`^${oneOf(NOT_INVESTOR)}`, 'u');
/** What a clause holds and a name does not: a case particle inside it, a trailing の, a figure with its scale, a
 *  bracket or quote left open ("ビジョンファンドが主導する形で68億円", "下稱“銀河通用”)最新"); Korean "…규모의". */
export const CJK_NOT_A_NAME = /[がをで…;；]|\d{2,4}年|[の의를을에]$|\d\s?[万萬億亿千百억만]|^[^(（“「『]*[)）”」』]|[(（“「『][^)）”」』]*$/u;
/** What follows an investor's name in its clause: "千骥资本持续加码" (continues), "X等专业投资机构" (and other…). */
const AFTER_INVESTOR = ['など', '持续', '持續', '继续', '繼續', '再次', '追加', '也', '亦', '共同', '联合', '聯合', '领投', '領投', '跟投', '参投', '參投'];
export const CJK_AFTER_INVESTOR = new RegExp(`(?:等.*|${oneOf(AFTER_INVESTOR)})$`, 'u');
/** "中金资本旗下X": X is the fund the firm runs; the name is the part after 旗下 ("under"). */
export const CJK_OWNED_BY = /^.*(?:旗下|下属|下屬|傘下|산하)/u;
export const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** Japanese names its raiser as the topic: "物流ロボットを開発するケルプウェアは、…資金調達" — the words before は
 *  (or が), after the last clause that describes it (…する, …の). */
export const JA_TOPIC = /^(.{2,60}?)(?:は|が)(?:[、,]|\s)/u;
/** A name in Latin letters right before が/は is the subject: "Harbour BioMedがシリーズBで…を調達" (but the subject
 *  of leading or investing is an investor: "Bedford Ridge Capitalが主導"). */
export const JA_LATIN_SUBJECT = /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9.&'-]*(?: [A-Za-z0-9.&'-]+){0,4})\s?(?:は|が)(?!主導|リード|筆頭|引受|引き受け|出資|参加|投資)/u;
export const JA_DESCRIBED_BY = /^.*(?:する|した|している|である|の|、)/u;
/** Korean marks its subject with a particle: "스타트업 켈프웨어가 …투자를 유치했다". */
export const KO_SUBJECT = /(?:^|\s)([^\s,]{2,20}?)(?:가|이|는|은)\s/u;
/** Words a Korean particle marks that are no company: 이번 (this time), 투자 (investment), 회사 (company). */
export const KO_NOT_SUBJECT = /^(?:이번|투자|회사|기업|업체|스타트업|이|그|해당|이들|금액|규모|투자금|투자자들?|투자사들?|기관들?|투자기관|기관투자자들?)$/u;
/** Korean leads: "한빛벤처스가 주도했다", "한빛벤처스의 주도로"; the particle ends the list before it. */
/** (and "X 리드로 …": with X leading) */
export const KO_LEAD = /(?:\s?등)?(?:(?:가|이|의)\s?(?:공동\s?)?(?:주도|리드)|\s(?:주도|리드)로(?=\s))/gu;
/** Korean participants: "A, B 등이 참여했다", "A와 B가 공동 투자했다", "C도 참여". */
/** (a place may stand between: "A, B 등이 투자에 참여했다", "…이 이번 라운드에 참여") */
export const KO_JOINED = /(?:\s?등)?(?:가|이|도)\s?(?:(?:이번\s)?(?:투자|라운드)에\s?)?(?:참여|참가|공동\s?투자|후속\s?투자)/gu;
/** Korean participants named as the source: "블루벤처스로부터 투자를 유치" (from X). */
export const KO_FROM = /(?:으로|로)부터(?=\s)/gu;
/** An investor's sentence: "블루벤처스가 핀테크 스타트업 페이로드에 50억원을 투자했다" — the company is the word before 에. */
/** (a financing noun may follow the company: "비바리퍼블리카 유상증자에 1천억 원을 투자했다" — in its share issue) */
export const KO_INVESTED_IN = /([^\s,]{2,20}?)(?:\s(?:유상증자|라운드|시리즈\s?[A-Z]?))?(?:에|에게)\s(?:[^\s]+\s){0,3}?(?:투자(?:했|하였|한다|를 (?:단행|집행)))/u;
/** A word that ends a Korean clause, so no list item: "주도했으며,", "라운드에는", "투자는". */
export const KO_CLAUSE_END = /(?:며|고|서|면|는|은|에|에서|다)[,，]?$/u;
/** "A와 B": the joining particle on a list item. */
export const KO_AND = /(?:와|과|및)$/u;

/** Words by which a CJK sentence refers to the round or company of the sentence before: 该公司, 本轮, 이번 투자. */
/** A sentence opening on the company in context: 该公司 / 该团队 (the company / the team), 同社 (the said company). */
export const CJK_REFERRING_OPENER = /^(?:该|該|这家|這家|同社|公司|당사)/u;
export const CJK_REFERS = /(?:该公司|該公司|公司|该团队|該團隊|该平台|該平台|同社|本轮|本輪|이번|해당\s?라운드|후속\s?투자)/u;
/** Words that tell a Korean sentence speaks of the round: 투자 (investment), 라운드, 참여 (took part). */
export const KO_FUNDING_WORDS = /(?:투자|라운드|참여)/u;
/** The same in Chinese and Japanese: 融资, 投资, 出資, 資金調達. */
export const ZH_JA_FUNDING_WORDS = /(?:融资|融資|投资|投資|出資|出资|資金調達|ラウンド)/u;
