// What the user selected on the page, read by the popup through `scripting.executeScript` (the toolbar click's
// activeTab covers it: no new permission). `readSelectionInPage` runs IN the page, so it is self-contained
// (no imports, no closures) and only reads: it never touches the page's DOM or selection.

/** The selected text with what anchors it: the words around it and its sentence. */
export interface PageSelection {
  text: string;
  /** Up to 32 characters before and after, as the extractor's evidence has them. */
  prefix: string;
  suffix: string;
  /** The sentence (or the block, when short) the text is in. */
  quote: string;
  /** Offsets of `text` inside the block it was selected in. */
  start: number;
  end: number;
  url: string;
}

/** Longest selection taken: a name or a figure, not a whole article. */
export const MAX_SELECTION = 300;

export function readSelectionInPage(): PageSelection | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const raw = range.toString();
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 300) return null;
  let block: Node | null = range.commonAncestorContainer;
  while (block && !(block instanceof HTMLElement && /^(P|LI|H[1-6]|TD|BLOCKQUOTE|DD|FIGCAPTION|ARTICLE|SECTION|DIV|BODY)$/.test(block.tagName)))
    block = block.parentNode;
  const holder = (block as HTMLElement | null) ?? document.body;
  const before = document.createRange();
  before.selectNodeContents(holder);
  before.setEnd(range.startContainer, range.startOffset);
  const full = (holder.textContent ?? '').replace(/\s+/g, ' ');
  const lead = before.toString().replace(/\s+/g, ' ');
  // Whitespace the selection began with is not part of the fact.
  const start = Math.min(full.length, lead.length + (raw.length - raw.replace(/^\s+/, '').length ? 1 : 0));
  const at = full.indexOf(text, Math.max(0, start - 2));
  const s = at >= 0 ? at : start;
  const e = s + text.length;
  const sentenceStart = Math.max(full.lastIndexOf('. ', s) + 1, 0);
  const stop = full.indexOf('. ', e);
  const sentenceEnd = stop < 0 ? full.length : stop + 1;
  return {
    text,
    prefix: full.slice(Math.max(0, s - 32), s),
    suffix: full.slice(e, e + 32),
    quote: full.slice(sentenceStart, sentenceEnd).trim().slice(0, 600),
    start: s,
    end: e,
    url: location.href,
  };
}
