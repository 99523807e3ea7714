// Node-side HTML parsing for the CLI, tests, benches and the background. The extension's page side uses the
// live document instead.
import { parseHTML } from 'linkedom';
import { stripHtml } from './strip-html';
import { installTagSelect } from './tag-select';

export function parseHtml(html: string): Document {
  const lean = stripHtml(html);
  // linkedom throws on documents without an <html> root in some versions; wrap fragments.
  const src = /<html[\s>]/i.test(lean) ? lean : `<!doctype html><html><head></head><body>${lean}</body></html>`;
  const doc = parseHTML(src).document as unknown as Document;
  installTagSelect(doc);
  installTagSelect(doc.documentElement);
  return doc;
}
