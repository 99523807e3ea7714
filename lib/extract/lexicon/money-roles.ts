// What a figure in a funding sentence is: the round, the valuation, the total raised to date, a fund's size,
// or something else (revenue, a price, a market). Each rule reads the words just before or just after it.
// The vocabularies are lists; the rules below only say where the words stand around the figure.
import type { ValuationBasis } from '../../model';
import { oneOf } from './alternatives';

export type MoneyRole = 'round' | 'valuation' | 'total' | 'fund' | 'other';

/** Words right after a figure that make it no round: "$30M in annual recurring revenue", "$21 per share". */
const NOT_ROUND_AFTER = ['revenues?', 'sales', 'ARR', 'profit', 'loss', 'EBITDA', 'turnover', 'income', 'GMV', 'market', 'per share', 'a share',
  'each(?= (?:from|by|in|into|to|for|of) )', 'a month', 'a year', 'per month', 'per year', 'salary', 'in assets', 'settlement', 'fine', 'penalty', 'tax (?:bill|demand|notice)s?',
  'lawsuit', 'judgment', '(?:of )?(?:[\\w-]+ ){0,3}under management', 'AUM', 'in AUM',
  // es, pt, fr, de: "$10.000M de ingresos", "R$ 5 milhões de faturamento", "Umsatz"
  '(?:de|en) ingresos', 'de facturación', 'de (?:receita|faturamento)', 'de chiffre d[’\']affaires', 'Umsatz',
  // losses and profits: "€53M de pérdidas", "R$ 10 milhões de prejuízo", "50 Mio. Euro Verlust"
  '(?:de|en) pérdidas', 'de beneficios?', 'de (?:perdas|prejuízo|lucro)', 'de (?:pertes|bénéfices?)', 'Verlust', 'Gewinn'];
/** Words shortly before a figure that make it no round: revenue, a price, a sale, spending, a fine. */
const NOT_ROUND_BEFORE = ['revenues?', 'sales', 'ARR', 'profits?', 'loss(?:es)?', 'EBITDA', 'turnover', 'income', 'GMV',
  'market(?: \\w+)? (?:of|at|worth)', 'price[ds]?', 'priced at', 'acquired for', 'acquisition (?:of|for)', 'bought for',
  'sold (?:\\w+ ){0,4}for', 'for as much as', 'deal (?:worth|valued)', 'contracts? (?:worth|valued at|of)', 'IPO', 'listing', '(?:public|share|stock|secondary) offering',
  'offering of', 'cost', 'spend', 'spent', 'budget', 'earmark(?:s|ed|ing)?', 'pay(?:ing)?', 'paid', 'earn(?:ed|s|ing)?', 'generated', 'fined', 'penalty', 'lost',
  'losing', 'burn(?:ed|ing)?', 'planea invertir', 'invertir', 
  // (an IPO's proceeds; but "a private placement raising total gross proceeds of CAD$1.2M" is a round)
  '(?<!(?:placement|financing|round)(?: \\w+){0,3} )(?:gross|net) proceeds(?: of)?', '(?<!(?:placement|financing|round)(?: \\w+){0,3} )proceeds of'];
/** What a company owes or is claimed from it: never a round, whatever the words after ("notices worth", "totaling"). */
const LEVIES = ['tax(?:es)?', 'tax (?:notices?|demands?)', 'notices?', 'liabilit(?:y|ies)', 'dues', 'fines?', 'penalt(?:y|ies)', 'damages', 'lawsuit',
  'settlement'];
/** Where shares trade: money raised "at NASDAQ" or "on the NYSE" is a public offering, not a venture round. */
const STOCK_MARKETS = ['NASDAQ', 'NYSE', 'Euronext', 'the stock exchange', 'the stock market', 'the (?:London|Hong Kong|Shanghai|Shenzhen|Tokyo|Bombay|National) Stock Exchange',
  'LSE', 'AIM', 'HKEX', 'SGX', 'ASX', 'TSX', 'the Bourse', 'B3', 'SIX'];
/** How a listed company sells shares to the public: "through the issuance of 5.7M American Depositary Shares". */
const PUBLIC_ISSUES = ['American Depositary Shares', 'ADSs?', '(?:an |its |a )?(?:US |U\\.S\\. )?(?:IPO|initial public offering|public offering|follow-on offering|rights issue)'];
/** Words before a size the round has yet to reach: "will ultimately close at $42M". */
const YET_TO = ['will', 'would', 'could', 'is expected to', 'expects to'];
/** What money is spent on, not raised for: "a $500bn AI infrastructure project". */
const PROJECTS = ['project', 'projects', 'plant', 'factory', 'campus', 'data cent(?:er|re)s?', 'stadium', 'contracts?', 'orders?', 'tenders?'];
/** Hedges between a word and its figure: "valued at about $2B". */
const HEDGE = ['about', 'around', 'roughly', 'nearly', 'some', 'more than', 'over', 'up to', 'in excess of', 'upwards of', 'almost', 'close to'];
/** Who sums a sector's or a country's money: "fintech startups drew $90B". */
const MANY_RAISERS = ['startups', 'companies', 'firms', 'ventures', 'the sector', 'the industry', 'the ecosystem', 'the market', 'the country', 'the region'];
const MANY_RAISERS_DE = ['Start-ups', 'Startups', 'Unternehmen', 'Firmen', 'Gründer'];
const DREW = ['drew', 'attracted', 'raised', 'received', 'pulled in', 'secured', 'raked in', 'collectively raised'];
/** "…, die in Start-ups investiert werden sollen": money to be invested in others is a fund's (de, fr, es). */
const TO_BE_INVESTED = [String.raw`die\s+in\s+(?:[\p{L}-]+\s+){1,3}investiert`, String.raw`qui\s+seront\s+investis?\s+dans`, String.raw`que\s+se\s+invertirán\s+en`];
const INVEST_IN_ROMANCE = String.raw`(?:para\s+investir\s+em|para\s+invertir\s+en|pour\s+investir\s+dans|per\s+investire\s+in)`;
const COMPANIES_ROMANCE = String.raw`(?:startups|start-ups|empresas|companhias|fundadores|emprendedores|empreendedores|entreprises|sociétés|fondateurs|aziende|imprese)\b`;
/** Valuation words before a figure, in the languages of the lexicon. */
// ("has raised the company’s value to $1.55 billion")
const VALUED = ['valu(?:ation|ed|ing|es)', 'avaluad[ao]', 'valuation (?:of|at|to)', '(?:company|startup|firm)[’\']s value (?:to|of|at)', '(?:total )?evaluation (?:of|at)', 'valorada?', 'valoración', 'valorização', 'avaliada?', 'valoris(?:e|ée|ant)',
  'valorisation', 'bewertet', 'Bewertung'];
/** "a round worth $525M" is the round; "is worth $40B" a valuation. */
const ROUND_WORDS = ['round', 'funding', 'financing', 'investment', 'deal', 'raise', 'capital', 'facility', 'loan'];
/** Words before a figure that make it a total to date. */
// ("raising total gross proceeds of CAD$1.2M" is the placement's own size)
const TOTAL_BEFORE = ['total(?:ling)?(?! (?:gross |net )?proceeds)', 'totals', 'in all', 'adds? up to', 'added up to', 'sums? up to', 'cumulative', 'altogether', 'to date', 'so far', 'bringing', 'brings', 'taking',
  'takes', 'lifetime', 'overall', 'since (?:its )?(?:founding|inception|launch)', 'aggregate', 'en total', 'au total', 'insgesamt'];
const TOTAL_AFTER = ['in (?:total|all)', 'altogether', 'to date', 'so far', 'since (?:its )?(?:founding|inception|launch|it was founded)',
  '(?:in|over|during) (?:its|their|the firm[’\']s|the company[’\']s) (?:lifetime|history|existence)', 'since (?:19|20)\\d\\d',
  'in (?:total )?(?:funding|capital) to date', 'overall'];
/** An investor's sum over many deals: "committed $269M to 11 deals". */
const COUNT = ['\\d+', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen', 'dozens of', 'several', 'many'];
const DEALS = ['deals', 'startups', 'companies', 'investments', 'rounds', 'transactions', 'firms'];
/** A purchase: "will acquire the assets of X for $1.5B". */
const BUY = ['acquir(?:e|es|ed|ing)', 'buy(?:s|ing)?', 'bought', 'purchas(?:e|es|ed|ing)', 'take over', 'takes over', 'took over'];
const SALE = ['sale', 'acquisition', 'purchase', 'takeover', 'buyout', 'merger', 'bid', 'offer'];

/** A phrase list as whole words; a space matches any whitespace. */
const words = (phrases: string[]): string => String.raw`(?<![\p{L}\p{N}])${oneOf(phrases.map((p) => p.replace(/ /g, '\\s+')))}(?![\p{L}\p{N}])`;
const hedged = String.raw`(?:${words(HEDGE)}\s+)?`;
/** A pattern that must end right before the figure. */
const before = (source: string, flags = 'iu'): RegExp => new RegExp(`${source}$`, flags);
/** A pattern that must start right after the figure. */
const after = (source: string, flags = 'iu'): RegExp => new RegExp(`^${source}`, flags);
const NOT_A_FIGURE = '[^.;$€£¥₹]';
/** A character before the figure that is no figure and starts no raise ("…Ola has raised another $16M"). */
const NOT_RAISED = String.raw`(?:(?!\b(?:has|have|had|raised|raises|raising|secured|secures|closed|closes|received|receives|bagged|bags|landed|lands|gets|got)\b)${NOT_A_FIGURE})`;
/** "the most valued startup", "India's highest-valued": a rank, not a valuation. */
const SUPERLATIVES = ['most', 'highest', 'best', 'least', 'second[- ]most', 'third[- ]most'];

export interface RoleRule {
  role: MoneyRole;
  /** Read the ~100 characters before the figure, or the ~70 after it. */
  side: 'before' | 'after';
  pattern: RegExp;
  basis?: ValuationBasis;
}

export const ROLE_RULES: RoleRule[] = [
  // a size the round is yet to reach: "the round, which will ultimately close at $42M" (today's figure is told apart)
  { role: 'other', side: 'before', pattern: before(String.raw`\b${words(YET_TO)}\s+(?:\w+\s+)?(?:close|reach|total|grow)\s+(?:at|to)\s+${hedged}`) },
  // what a company owes is no round: "tax notices worth ₹1,119 crore", "a liability of $40M"
  { role: 'other', side: 'before', pattern: before(`${words(LEVIES)}${NOT_RAISED}{0,30}`) },
  { role: 'total', side: 'before', pattern: /\b(?:a\s+)?combined\s+(?:total\s+of\s+)?$|\bin\s+all\s+$/i },
  // "valued at $1.2B, up from $400M": the old figure is history, not this round
  { role: 'other', side: 'before', pattern: /\b(?:up|down)\s+from\s+(?:about\s+|around\s+|roughly\s+)?$/i },
  // "lowered its valuation from $4.5B to around $3B": both figures are valuations
  { role: 'valuation', side: 'before', pattern: before(String.raw`\bvaluations?\s+from\b(?:[^.;]|\.\d){0,80}\bto\s+${hedged}`) },
  { role: 'valuation', side: 'after', basis: 'post', pattern: /^\s*post-?money\b/i },
  { role: 'valuation', side: 'after', basis: 'pre', pattern: /^\s*pre-?money\b/i },
  // a sector's or a country's sum: "fintech startups drew about $90B", "companies raised $1.3B"
  { role: 'total', side: 'before', pattern: before(String.raw`${words(MANY_RAISERS)}\s+(?:\w+\s+){0,2}${words(DREW)}\s+(?:(?:funding|capital|investments?)\s+of\s+)?${hedged}`) },
  // German puts the verb last: "Deutsche Start-ups in der Finanzbranche haben dieses Jahr fast 400 Millionen Euro eingesammelt"
  { role: 'total', side: 'before', pattern: before(String.raw`\b${words(MANY_RAISERS_DE)}(?:[^.;]){0,60}?\bhaben\b${NOT_A_FIGURE}{0,60}`, 'u') },
  { role: 'valuation', side: 'before', basis: 'pre', pattern: /\bpre-?money valuation (?:of|at)\s+(?:\w+\s+){0,2}$/i },
  { role: 'valuation', side: 'before', basis: 'post', pattern: /\bpost-?money valuation (?:of|at)\s+(?:\w+\s+){0,2}$/i },
  { role: 'valuation', side: 'after', basis: 'pre', pattern: /^\s*(?:pre-?money)\s+valuation\b/i },
  { role: 'valuation', side: 'after', basis: 'post', pattern: /^\s*(?:post-?money)\s+valuation\b/i },
  // "lowered its valuation from $4.5B to $3B": the figure it fell from is history
  { role: 'other', side: 'before', pattern: before(String.raw`\bvaluations?\s+from\s+${hedged}`) },
  // revenue named right after the figure wins over a valuation word before it ("a multiple of 30 on $10B of revenue")
  // (but "a $5 billion market valuation" is a valuation)
  { role: 'other', side: 'after', pattern: after(String.raw`\s*(?:in\s+)?(?:(?:annual|annualized|recurring|gross|net|monthly)\s+){0,2}${words(NOT_ROUND_AFTER)}(?!-|\s+valuations?\b)`) },
  // "valued at $2B" (not "the most valued startup Ola has raised $16M": a superlative, then a raise)
  { role: 'valuation', side: 'before', pattern: before(`(?<!${words(SUPERLATIVES)}[\\s-])${words(VALUED)}${NOT_RAISED}{0,40}`) },
  { role: 'valuation', side: 'after', pattern: /^\s*(?:\w+\s+)?(?:valuation|valuations)\b/i },
  // "is worth $40 billion" (but "a round worth $525 million" is the round, "a contract worth $1B" no round)
  // (nor "shares issued worth Rs 501 crore": what shares are worth is their price)
  { role: 'valuation', side: 'before', pattern: before(String.raw`(?<!${words(ROUND_WORDS)}\s+)(?<!\b(?:deals?|contracts?|shares|stakes?)\s+(?:\w+\s+)?)\bworth\s+${hedged}`) },
  { role: 'total', side: 'before', pattern: before(`${words(TOTAL_BEFORE)}${NOT_A_FIGURE}{0,40}`) },
  // "Nigerian start-ups raised 35% of the continent’s $4 billion": the whole a share is taken of is no one's round
  { role: 'total', side: 'before', pattern: /\d(?:[\d.,]*\d)?\s*(?:%|per\s*cent|percent)\s+of\s+(?:(?:the|all|a|an)\s+)?(?:[\p{L}’'-]+\s+){0,3}$/iu },
  // a parent capitalising a unit of its own: "to establish a fully owned subsidiary, with SR5 million capital"
  { role: 'other', side: 'before', pattern: before(String.raw`\b(?:subsidiary|joint\s+venture|JV|unit|entity)\b${NOT_A_FIGURE}{0,40}\bwith\s+(?:an?\s+)?(?:(?:paid-up|share|registered|initial|starting)\s+)?(?:capital\s+(?:of\s+)?)?${hedged}`) },
  { role: 'total', side: 'after', pattern: after(String.raw`\s*${words(TOTAL_AFTER)}`) },
  // an investor's sum over many deals: "committed $269M to 11 deals", "invested $208m across 9 startups"
  // (and a raiser's sum over its rounds: "raised over $233 million this year in two rounds")
  { role: 'total', side: 'after', pattern: after(String.raw`\s*(?:(?:this|last)\s+year\s+)?(?:to|in|into|across|over|on)\s+${hedged}${words(COUNT)}\s+(?:[\w-]+\s+)?${words(DEALS)}`) },
  // a company's money for its own business: "announced a $2 billion investment for its India operations"
  { role: 'other', side: 'after', pattern: after(String.raw`\s*(?:investment|commitment)\s+(?:for|in|into)\s+its\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,3}(?:operations|business|businesses|units?|subsidiar(?:y|ies)|arm)\b`, 'iu') },
  // a firm's own fund: "closed its second fund with $195M", "$195M in capital commitments"
  // ("has closed its fourth South-east Asia and India fund at a record US$305 million")
  { role: 'fund', side: 'before', pattern: before(String.raw`\b(?:its|their|a|the)\s+(?:[\w-]+\s+){0,6}fund\s+(?:with|at|of)\s+(?:an?\s+(?:record|total|combined|final)\s+(?:of\s+)?)?${hedged}`) },
  // a target is no money raised: "far exceeded its original target of US$230 million"
  { role: 'other', side: 'before', pattern: before(String.raw`\b(?:original\s+|initial\s+)?(?:target|goal)\s+(?:of\s+)?${hedged}`) },
  { role: 'fund', side: 'after', pattern: /^\s*(?:in\s+|of\s+)?(?:total\s+|limited\s+partner\s+)?(?:capital\s+)?commitments\b/i },
  { role: 'fund', side: 'after', pattern: /^\s*(?:[\w-]+\s+){0,3}from\s+(?:its\s+|their\s+)?(?:limited\s+partners|LPs)\b/i },
  { role: 'fund', side: 'after', pattern: /^\s*(?:[\w-]+\s+){0,2}(?:funds?|vehicle)\b(?!ing|ed|\s*-?\s*rais)/i },
  // (and a fund described at length: "the NATO Innovation Fund, a €1 billion dual-use defense venture capital fund")
  { role: 'fund', side: 'after', pattern: /^\s*(?:(?!(?:from|by|of|in|into|with|the|its|their|for)\s)[\w-]+\s+){3,5}funds?\b(?!ing|ed|\s*-?\s*rais)/i },
  // ("raised $20M for a new $50M fund", "closed the first $60M of a new $100M fourth fund")
  { role: 'fund', side: 'after', pattern: /^[\s,]*(?:[\w$€£.-]+[\s,]+){0,8}(?:for|of)\s+(?:its|a|the|their)\s+(?:[\w$€£.-]+\s+){0,4}fund\b(?!ing)/i },
  // (German, French, Spanish: "500 Millionen Euro …, die in Start-ups investiert werden sollen", "qui seront investis dans")
  { role: 'fund', side: 'after', pattern: new RegExp(String.raw`^[^.]{0,60}?\b(?:${TO_BE_INVESTED.join('|')})\b`, 'u') },
  // (in Portuguese, Spanish, French, Italian only with companies for object: "para investir em tecnologia" is a round's use)
  { role: 'fund', side: 'after', pattern: new RegExp(String.raw`^\s*(?:[\p{L}’'-]+\s+){0,9}${INVEST_IN_ROMANCE}\s+(?:[\p{L}-]+\s+){0,2}${COMPANIES_ROMANCE}`, 'iu') },
  // a firm raising money "to invest in startups" is raising a fund
  { role: 'fund', side: 'after', pattern: /^\s*(?:[\w’'-]+\s+){0,9}to\s+(?:invest|back|deploy)\s+(?:in|into)\b/i },
  { role: 'fund', side: 'before', pattern: /\b(?:fund|corpus)\s+(?:size\s+)?(?:of|at|worth|totall?ing)?\s*(?:about\s+|around\s+|roughly\s+)?$/i },
  // "Bosch will acquire the assets of US chipmaker TSI for $1.5 billion": a purchase price
  { role: 'other', side: 'before', pattern: before(`${words(BUY)}${NOT_A_FIGURE}{0,70}\\bfor\\s+${hedged}`) },
  // "Yahoo's $4.8 billion sale to Verizon": the price of a sale or a takeover is no round
  { role: 'other', side: 'after', pattern: after(String.raw`\s*(?:[\w-]+\s+)?${words(SALE)}(?!\s+of\s+(?:new\s+)?shares\s+to)`) },
  // (never across a raise verb: "the revenue platform Kelpware has raised $5M" is a round)
  { role: 'other', side: 'before', pattern: before(`${words(NOT_ROUND_BEFORE)}${NOT_RAISED}{0,30}`) },
  // a unit's price: "200 debentures at a face value of INR 10 lakh each" (the figure right after the words)
  { role: 'other', side: 'before', pattern: before(String.raw`\b(?:face\s+value|issue\s+price)\s+(?:of\s+)?${hedged}`) },
  // a figure that describes a company: "$3.2 billion-funded Flipkart", "the $1.5-billion funded Snapdeal"
  { role: 'other', side: 'after', pattern: /^\s*-?\s*(?:funded|backed|valued)\s+\p{Lu}/u },
  // a public offering: "raised US-$77.8m (€73.96m) at NASDAQ through the issuance of American Depositary Shares"
  { role: 'other', side: 'after', pattern: after(String.raw`\s*(?:\([^)]{0,20}\)\s*)?(?:[\w-]+\s+){0,4}(?:on|at|in|through|via)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:${words(STOCK_MARKETS)}|${words(PUBLIC_ISSUES)})`, 'u') },
  // "a $500bn AI infrastructure project": money for a project or a plant is no round
  { role: 'other', side: 'after', pattern: after(String.raw`\s*(?:(?!(?:for|to|in)\b)[\w-]+\s+){0,3}${words(PROJECTS)}`) },
];
