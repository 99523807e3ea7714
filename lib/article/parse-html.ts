// Node-side HTML parsing for the CLI, tests and benches. The extension uses the live document instead.
import { parseHTML } from 'linkedom';
import { stripHtml } from './strip-html';

export function parseHtml(html: string): Document {
  const lean = stripHtml(html);
  // linkedom throws on documents without an <html> root in some versions; wrap fragments.
  const src = /<html[\s>]/i.test(lean) ? lean : `<!doctype html><html><head></head><body>${lean}</body></html>`;
  return parseHTML(src).document as unknown as Document;
}
