// Words of investor lists (relate/investors.ts): pieces that are no name but do not end a list ("other
// investors"), words that open the clause a backward list starts in, the money words that let a bare "from"
// open a list, and the management roles that make "led by" a company's leadership. Pattern fragments.

/** "new investors", "existing backers": adjectives of a generic piece… */
export const GENERIC_ADJECTIVES = ['other', 'new', 'existing', 'previous', 'prior', 'returning', 'several', 'a\\s+number\\s+of', 'notable',
  'strategic', 'angel', 'individual', 'institutional'];
/** …and its nouns. */
export const GENERIC_NOUNS = ['investors?', 'backers?', 'shareholders?', 'angels?', 'funds?', 'firms?', 'participants?', 'investidores',
  'inversores', 'Investoren'];
/** Where a backward list may begin ("A and B also joined" after "that", "said", ";"). */
export const CLAUSE_STARTERS = [';', '\\bthat\\b', '\\bsaid\\b', '\\bsays\\b', '\\bwhile\\b', '\\bwhere\\b', '\\bwhich\\b', '\\bwhen\\b', ':'];
/** "raised $5M from", "funding from": what a bare "from" / "with" needs before it to open a list. */
export const MONEY_WORDS = ['rais\\w*', 'secur\\w*', 'clos\\w*', 'funding', 'round', 'investments?', 'financing', 'capital', 'backing', 'money',
  'cash', 'backed', 'invest\\w*', 'led', 'co-led', 'seed', 'series\\s+[a-j]'];
export const SCALES = ['m', 'mn', 'bn', 'million', 'billion', 'crore', 'lakh'];
/** "Agari, led by CEO Patrick Peterson": a company led by its managers. */
export const MANAGEMENT_ROLES = ['co-?founders?', 'founders?', 'ceo', 'chief\\s+executive', 'president', 'chairman', 'chairwoman',
  'managing\\s+director', 'cto', 'coo', 'cfo', 'serial\\s+entrepreneurs?', 'a\\s+team'];
/** "WordPress founder Matt Mullenweg": a role before a person's name. */
export const ROLE_TITLES = ['chief (?:\\w+ ){1,2}officer', 'co-?founder', 'founder(?:-promoter)?', 'promoter', 'ceo', 'cto', 'coo', 'cfo', 'chairman', 'chairwoman', 'president', 'partner', 'executive',
  'chief executive', 'vorstand', 'gründer', 'mitgründer', 'geschäftsführer'];
/** A partner's ranks: a firm's partners speak for the firm ("Dave Ruiz, GV General Partner" is GV's investment). */
export const PARTNER_RANKS = ['managing', 'general', 'founding', 'senior', 'venture'];
/** Lower-case words a role's owner may hold before the title: "Cisco executive chairman", "Yahoo chief executive". */
export const ROLE_MODIFIERS = ['chief', 'executive', 'non-executive', 'vice', 'deputy', 'board', 'group', 'former', ...PARTNER_RANKS];
/** Titles that, inside a capitalised run, stand between a firm and a person ("Acme CEO Mara Quint"); title case. */
export const PERSON_TITLES = ['CEO', 'CTO', 'COO', 'CFO', 'Chief Executive(?: Officer)?', 'Chief', 'Founder', 'Co-[Ff]ounder', 'Chairman', 'Chairwoman',
  'President', 'Executive Chairman'];
/** What names a source of figures, not a backer: "according to PitchBook", "a filing with the SEC". */
export const DATA_SOURCES = ['according\\s+to', 'per', 'data\\s+from', 'figures\\s+from', 'research\\s+(?:firm|from)', 'tracked\\s+by',
  'compiled\\s+by', '(?:filing|filings|filed|registered|registration)\\s+with(?:\\s+the)?', '(?:interview|conversation|call)\\s+with',
  // who a company competes or works with is no backer: "secured the round to compete with A and B"
  'compet(?:e|es|ed|ing)\\s+with', 'rivals?', '(?:partner(?:s|ed|ing)?|partnership|teamed\\s+up|collaborat\\w*|work(?:s|ed|ing)?|merg(?:e|es|ed|ing))\\s+with',
  '(?:compared|contrast|integrat\\w*|agreements?|contracts?|deals?)\\s+with'];
/** Nouns a bare "with" hangs from that are no money: "its legal battle with the U.S. Postal Service",
 *  "a partnership with X" (in a sentence that also states a round). */
export const TIES_WITHOUT_MONEY = ['battle', 'battles', 'fight', 'dispute', 'lawsuit', 'litigation', 'partnership', 'partnerships', 'agreement',
  'collaboration', 'contract', 'merger', 'talks', 'negotiations', 'rivalry', 'competition', 'integration', 'relationship', 'tie-up'];

/** Articles before a list item's describing adjectives: "die finnische Evli Partners", "los españoles Nauta Capital",
 *  "el británico Balderton", "il fondo americano Anzu". (Not "a" or "o": English and Portuguese share them.) */
export const DESCRIBING_ARTICLES = ['die', 'der', 'den', 'dem', 'das', 'el', 'la', 'los', 'las', 'le', 'les', 'il', 'lo', 'gli', 'os', 'as'];
