// Headline words of pages that report no completed round (judge/page-kind.ts reads them), and of a headline
// that does report one. Phrases as in lexicon/en.ts: a space matches any whitespace, (?:…) for endings.
import type { NotFunding } from '../judge/page-kind';

/** How a market's total moves: "fintech funding soars", "VC investment fell". */
const TREND_VERBS = ['rises?', 'rose', 'falls?', 'fell', 'drops?', 'dropped', 'jumps?', 'jumped', 'bounces? back', 'bounced back', 'surges?', 'surged',
  'slumps?', 'slumped', 'declines?', 'declined', 'doubles?', 'doubled', 'triples?', 'tripled', 'grows?', 'grew', 'soars?', 'soared', 'booms?',
  'boomed', 'climbs?', 'climbed', 'plunges?', 'plunged', 'tumbles?', 'tumbled', 'slows?', 'slowed', 'dips?', 'dipped', 'rebounds?', 'rebounded',
  'skyrockets?', 'skyrocketed', 'hits? (?:a )?(?:new )?(?:record|high|low)', '(?:is|was) down', '(?:is|was) up'].join('|');

/** A half, a quarter or a year: the period a market's total is told over. */
const PERIOD = String.raw`(?:in|during|for) (?:the )?(?:first|second) half|\bH[12]\b|\bQ[1-4]\b|(?:in|during) (?:20|19)\d\d\b`
  + String.raw`|(?:to start|to open|so far (?:in|this)) (?:the year|(?:20|19)\d\d)|(?:in|during) the (?:first|second|third|fourth|last|opening) (?:quarter|three months|six months)`;

/** What a company eyes or nears when a round is in talks: a figure or a deal within a few words ("eyes $50M
 *  raise", "nears deal"), never a market or a disease ("eyes Asia", "treatments targeting cancer"). */
const SOUGHT = String.raw`(?:(?:a|an|the|new|fresh|its|up to|about|over|more than) )*(?:[\w-]+ )?`
  + String.raw`(?:(?:[$€£¥₹\d]|(?:US|S|HK|A|C)\$)\S*|(?:rounds?|raise|raising|funding|financing|valuations?|deals?|investments?|close|unicorn|series))`;

/** Reward platforms: what a product's backers pledge there buys the product, no share of the company. */
export const REWARD_PLATFORMS = ['Kickstarter', 'Indiegogo'];
/** How a raise is told when it is a campaign's pledges ("raised $6.1M since their fundraising campaign began"). */
export const CAMPAIGN_WORDS = ['campaigns?', 'pledged', 'pledges', 'crowd-?funding campaign', 'pre-?orders'];

export const PAGE_KINDS: [NotFunding, string[]][] = [
  ['talks', [
    // (what is sought must be money: "VCs Increasingly Seek Travel Startups" is a trend, not a raise in talks)
    'in talks', 'in (?:advanced )?discussions', 'entered (?:into )?(?:advanced |early )?talks', '(?:seeks?|seeking) (?:to raise|funding|funds|financing|investment|capital|cash|(?:new )?money|(?:new )?(?:backers|investors|buyers?)|a (?:new )?(?:round|buyer|backer|investor)|up to|about|around|over|more than|[$€£¥₹]|(?:US|S|HK|A|C)\\$|\\d)', 'plans? to raise', 'planning to raise', 'looking to raise',
    'aims? to raise', 'to raise', `(?:eyes|eyeing|targeting|targets|nears?|nearing) ${SOUGHT}`, 'reportedly (?:raising|in talks)', 'could raise',
    'would value', '(?:could|would|may|might) be valued at', 'set to raise', 'mulls?', 'poised to (?:invest|raise|receive|close)', 'set to invest',
  ]],
  ['acquisition', [
    'acquires?', 'acquired', 'acquisition', 'acquiring', 'buys', 'bought', 'to buy', 'buyout', 'merger', 'merges?', 'merging', 'takeover',
    'takes over', 'sells?', 'sold', 'to sell', 'snaps up', 'snapped up', 'sale (?:to|of)',
  ]],
  ['ipo', ['IPO', 'prices? (?:its )?(?:shares|IPO|offering)', 'goes public', 'go public', 'going public', 'public offering', 'listing', 'lists on',
    // (a market's debut; "City Therapeutics' $135m debut" is a company's first round)
    '(?:market|stock|stock-market|trading|public|exchange|Nasdaq|NYSE) debut', 'debuts? on', 'SPAC']],
  ['fund', [
    '(?:new|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+th|debut|flagship|inaugural|maiden) (?:\\w+ )?fund', 'fund (?:I{1,3}|IV|V|VI{0,3}|\\d)', 'closes? (?:\\w+ ){0,3}fund',
    'venture fund', 'funds? of (?=\\$)',
    // "X receives a $10m commitment to its expansion fund": investors commit to a fund, not to a company's round
    'commitments? (?:to|for|in|into) (?:[\\w-]+ ){0,5}fund\\b',
    // "Elan chips in for $290m Vertex fund": a figure owned by a fund (not "$10M from Y Fund", "$525M Fund Raise",
    // nor the verb: "raises £75m to fund expansion")
    '(?:US|S|HK|A|C|NZ)?[$€£¥₹]\\s?[\\d.,]+\\s?(?:m|mn|bn|b|million|billion)?\\s+(?:(?!from|by|of|led|with|to\\s)[\\w-]+\\s+){0,2}fund\\b(?!\\s*-?\\s*rais)',
  ]],
  ['earnings', [
    'posts? (?:a |an )?(?:\\w+ )?(?:loss|profit)', '(?:quarterly|annual|net) (?:loss|losses|profit)', 'profits?', 'earnings',
    'quarterly results', 'revenue (?:rises|grows|jumps|falls)', 'results', 'crece el', 'guidance',
  ]],
  // a market's or a sector's funding told as a trend: "Mena startup funding bounces back in November"
  ['totals', [
    String.raw`(?:startup|start-up|venture|VC|tech|fintech|sector|ecosystem) (?:funding|investments?|financing) (?:\w+ )?(?:${TREND_VERBS})`,
    'break(?:s)? records? with',
    // (a market's record, not one company's: "SenseTime smashes AI funding record" is its own round)
    '(?:startups|companies|firms|fintechs|sector|ecosystem|market) (?:break|broke|smash|smashed|shatter|shattered) (?:\\w+ ){0,2}(?:funding|investment|VC|venture|fundraising) records?',
    String.raw`(?:funding|investment) (?:in|into) (?:\w+ ){0,2}startups (?:${TREND_VERBS})`,
    // a country's or a sector's startups over a half, a quarter or a year: "Nigerian Startups Attract $110m
    // Investment in First Half" (a week's or a month's deals are a digest, which reports every one of them)
    String.raw`(?:startups|start-ups|companies|firms|fintechs) (?:attract|raise|secure|draw|receive|bag|get|pull)(?:s|ed|ing)? [^.]{0,40}?${PERIOD}`,
    // a place's share of a market's money: "Dublin firms land 80% of venture capital funds"
    String.raw`(?:startups|start-ups|companies|firms) (?:land|take|get|attract|receive|draw|secure)(?:s|ed)? (?:over |more than |nearly |almost )?\d+(?:%| ?per ?cent) of`,
  ]],
  // a product's pre-orders on a reward platform raise no round, however the headline says "raises"
  // (equity crowdfunding — Crowdcube, Seedrs, Republic — does, and is a stage of its own)
  ['campaign', ['(?:via|on|through) (?:a )?(?:Kickstarter|Indiegogo)', '(?:Kickstarter|Indiegogo) (?:campaign|backers|pledges)']],
  ['layoffs', [
    'lays? off', 'laid off', 'layoffs?', 'job cuts', 'cuts? (?:\\d+ )?jobs', 'shuts? down', 'shutting down',
    '(?:cuts|trims|slashes|sheds) (?:its )?(?:staff|jobs|workforce|headcount)',
    '(?:cuts?|slashes|sheds|trims|reduces) (?:nearly |about |around |some )?\\d+\\s*(?:%|percent) (?:of )?(?:its )?(?:staff|workforce|jobs|employees|headcount)',
  ]],
];

/** Words that make a raise itself a listing's: "raised $19M on its first day of trading on AIM". */
// (and an Indian IPO's anchor book: "raises Rs 179 crore from 15 anchor investors")
export const LISTING_RAISE = ['anchor investors', 'anchor book', 'first day (?:of )?trading', '(?:stock market|market|trading|exchange|public) debut', 'initial public offering',
  '(?:began|begins|started|starts) trading', 'flotation', 'floated on'];

/** The same kinds in Chinese, Japanese and Korean headlines (no word boundaries: particles glue to the words). */
export const PAGE_KINDS_CJK: [NotFunding, RegExp][] = [
  ['acquisition', /매각|인수합병|(?<!투자\s?)인수(?:했|한다|키로|하기로|\s?추진)|收购|并购|併購|買収/u],
  ['ipo', /(?:코스닥|코스피|유가증권시장)\s?상장|상장\s?(?:추진|예정|심사)|(?:科创板|创业板|港股|港交所)?(?:上市|IPO)(?:申请|招股|首日)|上場(?:承認|申請)/u],
];

/** A headline that reports a completed raise: "X raises $5M", "X secures funding". */
export const COMPLETED_RAISE = [
  'raise[sd]', 'raised', 'secure[sd]', 'closes', 'closed', 'lands', 'landed', 'bags', 'bagged', 'nabs', 'gets', 'got', 'receives?', 'received',
  'picks up', 'pulls in', 'rakes in', 'invests', 'invested', 'backs', 'leads', 'led', 'levanta', 'recauda', 'capta', 'lève', 'sammelt', 'erhält',
];

/** Headline words of a page about many deals ("Startups in Mena raised $764M", "Deals of the week"). */
/** A first sentence that tells a completed acquisition outright (read when the headline reports no round). */
export const ACQUIRED_OUTRIGHT = ['has acquired', 'have acquired', 'has bought', 'has agreed to (?:acquire|buy)', 'agreed to (?:acquire|buy)',
  'completed (?:the|its) acquisition', 'announced (?:the|its) acquisition', 'is acquiring', 'will acquire'];

/** What makes a stake bought a takeover, not an investment: "buys a majority stake", "acquires 60%". */
export const CONTROLLING_STAKE = ['majority', 'controlling', 'full', 'entire', 'remaining', '(?:[5-9]\\d|100)(?:\\.\\d+)?\\s?%'];

/** A digest's own words: its headline may speak of the week's totals and still report every deal. */
export const DIGEST_WORDS = ['roundup', 'round-up', 'digest', 'recap', 'newsletter', 'weekly', 'this week', 'deals of'];

export const MANY_DEALS = [
  'deals', 'rounds', 'roundup', 'round-up', 'digest', 'recap', 'startups', 'companies', 'week', 'weekly', 'month', 'monthly',
  'newsletter', 'funding news', 'top \\d+', '\\d+ (?:startups|companies|deals)', 'startups?-?\\s?funding', 'financings',
  'rondas', 'startups', 'levées', 'Finanzierungsrunden', 'Woche',
  // a newsletter's headline that lists a few items and promises others: "…, CeQur raises $115M, and more"
  '(?:,|;)\\s*(?:and|&)\\s+more\\s*$', 'today in', 'this week in',
  // "City Therapeutics' $135m debut, and other bio financing news"
  '(?:and|&|plus)\\s+(?:other|more)\\s+(?:[\\w-]+\\s+){0,2}(?:financing|funding|fundraising|deals?|rounds?|news)',
  // a dated edition: "News Pulse for December 14, 2017", "Morning Briefing – 3 March 2021"
  '^[\\w\\s’\'&-]{2,40}?(?:\\s+for|\\s*[–—:|-])\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:\\w+\\s+\\d{1,2}|\\d{1,2}\\s+\\w+),?\\s+(?:19|20)\\d\\d\\s*$',
];

/** The same in Chinese, Japanese and Korean, matched inside a run of characters ("医疗健康行业周报"). */
export const MANY_DEALS_CJK = ['周报', '週報', '周刊', '日报', '汇总', '盘点', '速递', '一周', '本周', '今週', '주간', '위클리', '라운드업'];
