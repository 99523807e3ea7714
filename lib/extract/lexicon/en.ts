import type { Lexicon } from './types';

export const en: Lexicon = {
  raise: [
    'raise(?:s|d)?', 'raising', 'secure(?:s|d)?', 'securing', 'close(?:s|d)', 'closing', 'land(?:s|ed)?', 'bag(?:s|ged)?', 'nab(?:s|bed)?',
    'snag(?:s|ged)?', 'net(?:s|ted)', 'pull(?:s|ed)? in', 'rake(?:s|d)? in', 'scoop(?:s|ed)? up', 'pick(?:s|ed)? up', 'grab(?:s|bed)?',
    'gets?', 'got', 'receive(?:s|d)?', 'receiving', 'obtain(?:s|ed)?', 'attract(?:s|ed)?', 'draw(?:s|n)?', 'drew', 'won', 'wins',
    'score(?:s|d)', 'clinch(?:es|ed)?', 'complete(?:s|d)', 'completing', 'announce(?:s|d)?', 'announcing', 'unveil(?:s|ed)?',
    'banked', 'haul(?:s|ed)? in', '(?:was|were|has been|have been) awarded', 'wins', 'rais(?:es|ed) fresh', 'emerge(?:s|d)? from stealth', 'emerging from stealth', 'c(?:o|a)mes? out of stealth', 'coming out of stealth', 'launch(?:es|ed|ing) with', "(?:publicly |officially )?launch(?:es|ed|ing)(?: [\\w’'-]+){1,8}? with(?= (?:an? )?(?:US|S|A|C|HK)?[$€£¥₹])", 'finalize(?:s|d)', 'finalise(?:s|d)', 'finish(?:es|ed)(?= (?:a|an|its|their|the) )', 'wrap(?:s|ped) up',
    // a valuation milestone reached by a round told beside it: "X becomes a unicorn after a $150M Series C"
    'becomes? a unicorn', 'turns? unicorn', '(?:enters?|joins?) (?:the )?unicorn club',
    // a roundup's ranking: "Northern Arc led the list with $80M", "Acme topped the chart"
    '(?:led|leads|topped|tops|headed|heads) (?:the|this) (?:list|pack|chart|charts|tally|table|rankings|segment|category)',
    'lock(?:s|ed)? in', 'locking in', 'seal(?:s|ed)', 'sealing',
    // a round grown after its first close: "has extended its seed round to $2.8M", "upsized its Series A"
    '(?:extend(?:s|ed)?|expand(?:s|ed)?|upsize[sd]?) (?:its|their|the) (?:\\S+ ){0,3}(?:round|funding|financing|raise)', 'upsized',
  ],
  invest: [
    // "X makes lead investment in Y", "has made a strategic investment into Y"
    '(?:makes?|made|has made) (?:a |an )?(?:\\w+ )?investment',
    'invest(?:s|ed)?', 'has invested', 'back(?:s|ed)?', 'lead(?:s)?', 'led', 'co-led', 'co-leads', 'pump(?:s|ed)?', 'inject(?:s|ed)?',
    'put(?:s)?', 'pour(?:s|ed)?', 'commit(?:s|ted)?', 'provide(?:s|d)?', 'extend(?:s|ed)?', 'grant(?:s|ed)?', 'award(?:s|ed)?',
  ],
  leadBefore: [
    'co-led by', 'led by', 'lead by', 'headed by', 'spearheaded by', 'anchored by', 'with (?:participation|investment) led by',
    'led jointly by', 'jointly led by', 'lead investors? (?:was|were|is|are)', 'led by existing investors?', 'led by new investors?',
    // a roundup's fields: "Lead investor: X", "Led by: X"
    'lead investors?:', 'led by:',
  ],
  leadAfter: [
    // "with A91 Partners taking the lead", "X took the lead"
    '(?:taking|took|takes|taken) the lead', '(?:identified|named|joined|came in|comes in) as (?:the )?lead investors?',
    'led the (?:round|investment|financing|funding|raise|deal|series [a-j]|seed round)', 'co-led the (?:round|investment|financing|funding|raise|deal)',
    '(?:is )?(?:co-)?leading the (?:round|investment|financing|funding|raise|deal)', '(?:co-)?leading (?:a|an|the|its|their) (?:\\S+ ){0,3}(?:round|investment|financing)', '(?:is )?spearhead(?:s|ed|ing) (?:a|an|the) (?:\\S+ ){0,3}(?:round|investment|financing|funding|raise|deal)',
    '(?:co-)?le(?:a|)ds? (?:a|an|the) (?:(?!list|pack|table|chart|ranking|tally|way|charts)\\S+ ){0,5}(?:round|investment|financing|funding|raise|deal|series [a-j]|seed round)',
    '(?:co-)?led (?:a|an|the) (?:(?!list|pack|table|chart|ranking|tally|way|charts)\\S+ ){0,5}(?:round|investment|financing|funding|raise|deal|series [a-j]|seed round)',
    // "Foxglove led Kelpware’s $20 million Series A"
    '(?:co-)?le(?:a|)ds? \\S+?[’\']s (?:\\S+ ){0,3}(?:round|investment|financing|funding|raise|series [a-j]|seed round)',
    '(?:co-)?led \\S+?[’\']s (?:\\S+ ){0,3}(?:round|investment|financing|funding|raise|series [a-j]|seed round)', '(?:was|were) the lead (?:investors?|financ(?:i)?ers?|backers?)',
    // bare "X led." only at the end of a clause: "Northern Arc led the list" is no investment
    'led(?=\\s*(?:[.;,)]|and\\b|$))', 'co-led(?=\\s*(?:[.;,)]|and\\b|$))',
  ],
  participantBefore: [
    // "a $218M seed round, backed by X" (a round's backers; "a startup backed by X" may name older ones)
    '(?:round|funding|financing|investment|raise),? (?:which was |that was )?backed by',
    'with (?:additional )?participation (?:from|by|of)', '(?:being |was |is )?(?:filled|rounded) out by', '(?:was|were) participated (?:in )?by', 'included (?:new|existing|other|returning) (?:investors|backers)', 'saw participation from', 'with participation also from', 'participation from', 'alongside', 'joined by',
    '(?:grant|grants|award|loan|funding|financing) (?:from|by)', 'with support from', 'with backing from', 'with investment from', 'with (?:an? )?contributions? from',
    'investors include(?:d)?', 'investors are', 'investors were', 'other investors include(?:d)?',
    'other participants include(?:d)?', '(?:the )?(?:(?:main|key|major|other|two|three|four|five|new|existing|returning)\\s+){1,3}(?:participants|investors|backers)(?: \\w+){0,5} (?:were|are|included|include)',
    'participants (?:were|are|included)', '(?:others|other investors|other backers|investors|backers) joining (?:were|are|included|include)',
    '(?:new |other |existing )?(?:investors|backers|participants)(?: \\w+){0,5} also include(?:d)?', 'backers (?:were|are)', '(?:investors|angels|backers|participants) (?:like|such as|including)',
    'with (?:support|backing|funding) from', '(?:contributions?|money|funding|investment|cash|capital|backing) (?:came|comes) from',
    // "Existing investors also participated, such as A, B and C"; "all its existing investors — they include A, B — are participating"
    '(?:participated|joined|invested|took part|chipped in)(?: in the (?:round|financing|funding))?,? (?:such as|including|like)',
    '(?:investors|backers)\\W+(?:they|which|these) include', '(?:round|raise|financing|funding|investment) was (?:also )?backed by', 'other backers include(?:d)?', 'participants include(?:d)?', 'backers include(?:d)?',
    "(?:the company['’]s )?(?:list of|other) investors (?:include|includes|included)",
    'angels include(?:d)?', 'investors in the round include(?:d)?',
    // a press release's "through the sale of Series C preferred stock to X"
    '(?:sale|issuance|issue) of (?:\\S+ ){0,3}(?:preferred )?(?:stock|shares) to', '(?:other )?investors?:', 'backers?:',
    '(?<=(?:joined|joins|joining) )(?:existing|returning|previous|earlier) (?:investors?|backers?|shareholders?)',
    // "closed a $3.75 million seed round that included early-stage investor A, B and C"
    '(?:round|raise|financing|funding|investment) (?:that|which) (?:also )?include[sd]?',
    // "joining a list of investors that also includes A, B and C"
    '(?:list|group|syndicate|roster) of (?:\\w+ )?(?:investors|backers|shareholders) (?:that|which|who) (?:also )?include[sd]?',
    // the list after its verb: "Participating in the round were A, B and C", "Also joining the round was A"
    '(?:also )?(?:participating|joining|investing) in (?:the|this) (?:round|financing|funding|raise|investment) (?:were|was|are|is)',
    '(?:also )?(?:participating|joining) (?:the|this) (?:round|financing|funding|raise) (?:were|was|are|is)',
    'also (?:participating|joining|investing) (?:were|was|are|is)',
  ],
  // read only in a sentence that speaks of a round: "These are provided by XHR" names no backer
  // ("a group of lenders that includes A, B and C")
  participantWeak: ['from', 'including', 'included', '(?:that|which|who) includes?', '(?:that|which|who) included', 'such as', 'with', 'plus', 'as well as', 'along with', 'in addition to', 'like',
    'provided by', 'supported by', 'awarded by', 'granted by', 'together with'],
  participantAfter: [
    'also participated', 'participated', 'also buying', 'also bought', 'also joined', 'joined(?=\\s*(?:[.;]|$))', 'joined the (?:round|financing|funding|raise|investment|deal)', 'joined in', 'also invested', 'invested', 'also took part',
    'took part', '(?:also )?followed on', 'made (?:a )?follow-on investments?', 'were (?:also )?involved', 'was also involved', 'chipped in', 'also chipped in', 'also backed the (?:round|company)', '(?:was|were|is|are) among (?:the )?(?:other )?(?:new )?(?:investors|participants|backers)',
    'are also investors', '(?:were|are) the (?:main|principal|biggest|largest|key) (?:investors|backers)', 'were also part of the round', 'also joined the round', 'rounded out the round', 'also contributed',
    'participated in the (?:round|financing|funding)', 'also participated in the (?:round|financing|funding)',
    // "Existing backers A and B returned for the round"; "New investor A joined existing investors B and C"
    '(?:also )?returned (?:for|to|in) the (?:round|raise|financing|funding)',
    'joined(?= (?:existing|returning|previous|earlier) (?:investors?|backers?|shareholders?))',
    // "…while A and B joined as new investors", "C came on board as a strategic backer"
    '(?:joined|join|came on board|come on board|signed on|came in) as (?:an? )?(?:new |existing |other |strategic |financial |minority )?(?:investors?|backers?|shareholders?|participants?)',
    // "A, B and C pumped the new capital into X"; "A and B are the two participants in the Series B round"
    '(?:pumped|injected|poured|put) (?:the|this) (?:new |fresh )?(?:capital|money|funds|cash|funding) into',
    '(?:are|were) the (?:\\w+ )?participants in (?:the|this) (?:\\S+ ){0,2}(?:round|financing|funding)',
  ],
  past: [
    // ("the closing of its previously announced private placement" is today's news)
    // ("earlier investor Relay Ventures" backs today's round too)
    'previously(?! (?:announced|disclosed|reported))', 'earlier(?! (?:investors?|backers?|shareholders?|supporters?))', 'prior(?! (?:investors?|backers?|shareholders?))', 'last year', 'last (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*', 'last month', '(?:a|one) (?:year|month)(?: and a half)? ago', '(?:two|three|four|five|six|\\d+)(?: and a half)? (?:years|months) ago',
    'had (?:already |earlier |previously |also )?(?:raised|secured|closed|received|completed|taken part|participated|invested|backed|supplied|led)', 'having (?:closed|completed)', 'follow(?:s|ed|ing) (?:a|an|its|their|the)', 'follow(?:s|ed|ing)? (?!by )(?:[^\\s$€£¥₹]+ ){0,3}[^\\s$€£¥₹]+(?:[’\']s|s[’\'])', 'on the heels of', '(?:fresh|hot|coming) off(?: the back of)? (?:a|an|its|their|the)', 'back in', 'as recently as', 'first invested', 'since (?:its|their) (?=[$€£¥₹])',
    'most recent', 'its last', '(?:first|previous|earlier|prior|past) rounds', 'in (?:the|its) (?:earlier|previous|prior) rounds?', 'the last round', 'previous round', 'prior round', 'earlier round', 'first raised', 'initial investment',
    'went on to raise', 'subsequently', '(?:days|weeks|months|years) after', 'before that', 'in its (?:previous|last|prior)', 'at the time', 'since then', 'after (?:a|an|its)',
    // an investor's record: "its third investment in Africa after leading Chipper Cash’s $30M Series B"
    'after (?:co-)?(?:leading|backing|investing in|participating in)',
  ],
  unfinished: [
    'in talks', 'in discussions', 'in advanced talks', '(?:has |have )?entered (?:into )?(?:advanced |early )?talks', 'seeks?', 'seeking', 'plans? to raise', 'planning to raise', 'looking to raise',
    'aims? to raise', 'hopes? to raise', 'is raising', 'are raising', 'was raising', 'were raising', 'to be raised', 'to raise', 'would raise', 'could raise', 'will raise', 'targeting',
    'is set to raise', 'set to receive', '(?:is|are) poised to', 'set to invest', '(?:are|is) (?:also )?expected to', 'to receive', 'nears?', 'nearing', 'in the process of raising', 'would value', 'could value',
    'is expected to', 'are expected to', 'reportedly in talks', 'exploring', 'considering', 'if (?:it )?(?:closed|completed|finali[sz]ed)', 'announced plans (?:for|to)', 'plans for an?',
    'once (?:it is )?(?:closed|completed|finali[sz]ed)',
    // "the company's upcoming $2 million SAFE", "a planned Series B"
    'upcoming', 'forthcoming', 'planned', 'proposed', 'prospective',
    // a term sheet is an offer, not a closed round
    'term sheets? (?:for|of)',
  ],
  roundNoun: [
    'round', 'funding', 'financing', 'investment', 'raise', 'fundraise', 'fundraising', 'capital', 'tranche', 'series [a-j]', 'seed',
    'pre-seed', 'backing', 'loan', 'grant', 'debt', 'facility', 'injection', 'infusion', 'cash',
  ],
  and: ['and', '&'],
};
