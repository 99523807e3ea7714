// Cheap pre-pass over raw HTML for the Node CLI: drops the parts Readability throws away anyway (scripts,
// styles, inline SVG, noscript, option lists of <select>, comments) so linkedom builds a far smaller tree. JSON-LD scripts stay,
// because the page's metadata (datePublished) lives there. One forward scan with indexOf: linear, no regex
// backtracking on hostile input.

const DROP = ['script', 'style', 'svg', 'noscript', 'template', 'select'];

function tagAt(lower: string, i: number): string | null {
  // i points at '<'
  for (const t of DROP) {
    if (lower.startsWith(t, i + 1)) {
      const c = lower.charCodeAt(i + 1 + t.length);
      // '>' '/' or whitespace: a whole tag name, not <scripted> or <svgfoo>
      if (c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13 || c === 12) return t;
    }
  }
  return null;
}

export function stripHtml(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let last = 0;
  let i = lower.indexOf('<');
  while (i >= 0 && i < lower.length) {
    if (lower.startsWith('<!--', i)) {
      const e = lower.indexOf('-->', i + 4);
      const end = e < 0 ? lower.length : e + 3;
      out.push(html.slice(last, i));
      last = end;
      i = lower.indexOf('<', end);
      continue;
    }
    const t = tagAt(lower, i);
    if (t) {
      const openEnd = lower.indexOf('>', i);
      if (openEnd < 0) break;
      const close = lower.indexOf(`</${t}`, openEnd);
      const closeEnd = close < 0 ? -1 : lower.indexOf('>', close);
      const end = closeEnd < 0 ? lower.length : closeEnd + 1;
      const open = lower.slice(i, openEnd);
      if (t === 'script' && open.includes('ld+json')) { i = lower.indexOf('<', end); continue; }
      out.push(html.slice(last, i));
      last = end;
      i = lower.indexOf('<', end);
      continue;
    }
    i = lower.indexOf('<', i + 1);
  }
  out.push(html.slice(last));
  return out.join('');
}
