// Page furniture that Readability keeps inside an article: teasers of other stories, share and subscribe
// lines, and the "related stories" lists whose headlines are other companies' rounds.

/** A block that is furniture on its own when it opens with one of these: "Read more: X raises $5M". */
export const FURNITURE_OPENERS = [
  'read more', 'also read', 'read also', 'related', 'see also', 'recommended', 'subscribe', 'sign up', 'click here', 'advertisement',
  'sponsored', 'follow us', 'share this', 'read next', 'more from', 'you may also like', 'trending', 'popular', 'most read', 'watch',
  'listen', 'image', 'photo', 'caption', 'credit', 'leia também', 'lea también', 'lire aussi', 'mehr zum thema',
  'this release is provided', 'terms of use',
];

/** A block that is furniture when it is nothing else: a site's controls kept as text ("top of page", "Search"). */
export const FURNITURE_LINES = [
  'top of page', 'back to top', 'skip to (?:main )?content', 'search', 'menu', 'home', 'share', 'print', 'email', 'close',
  'log ?in', 'sign in', 'advertisement', '_+', '-+',
];

/** A heading after which the rest of the page, as long as its blocks look like headlines, is other stories. */
export const SECTION_HEADINGS = [
  'more (?:news|stories|from|releases|articles|news releases)', 'related(?: articles| stories| news| posts| content)?',
  'recommended(?: for you| stories)?', 'trending(?: now| stories)?', 'popular(?: stories| now)?', 'latest(?: news| stories)?',
  'read next', 'you may also like', 'also on', 'around the web', 'most read', 'top stories', 'further reading', 'other news',
  'más noticias', 'notícias relacionadas', 'à lire aussi', 'weitere artikel',
];
