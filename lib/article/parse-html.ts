// Node-side HTML parsing for the CLI, tests and benches. The extension uses the live document instead.
import { parseHTML } from 'linkedom';

export function parseHtml(html: string): Document {
  // linkedom throws on documents without an <html> root in some versions; wrap fragments.
  const src = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(src).document as unknown as Document;
}
