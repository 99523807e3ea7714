// Hostile pages, generated in code: each is an ordinary funding article wrapped in something a real page
// may do to a guest. Every page has a button whose handler (the page's own script) counts clicks, so a test
// can prove the page still works after the extension ran.

export const FUNDING = `Acme Robotics, a Berlin-based maker of warehouse robots, said on Tuesday it has raised $25 million in a
Series B round led by Sequoia Capital, with participation from Index Ventures and existing investor Point Nine.`;

const FILLER = [
  'The company plans to use the money to hire engineers and expand its sales team across Europe and North America.',
  'Founded in 2019, the startup builds autonomous robots that move pallets inside warehouses without new infrastructure.',
  'Its customers include several large retailers and logistics firms, which use the robots to cope with a shortage of workers.',
  'Chief executive Jana Müller said demand had tripled over the past year as online orders kept growing after the pandemic.',
  'The round brings the total raised by the company to $40 million, according to a statement released on Tuesday.',
];

export const paragraphs = (extra = ''): string =>
  `<p>${FUNDING}</p>${extra}${FILLER.map((p) => `<p>${p}</p>`).join('\n')}`;

const CLICKER = `<button id="dm-page-button" type="button">Like</button>`;
const CLICKER_SCRIPT = `window.__pageClicks = 0; window.__pageReady = true;
document.getElementById('dm-page-button').addEventListener('click', function () { window.__pageClicks++; });`;

function page(opts: { title: string; head?: string; body: string; script?: string; lang?: string; dir?: string; nonce?: string }): string {
  const nonce = opts.nonce ? ` nonce="${opts.nonce}"` : '';
  return `<!doctype html><html lang="${opts.lang ?? 'en'}"${opts.dir ? ` dir="${opts.dir}"` : ''}><head><meta charset="utf-8">
<title>${opts.title}</title>${opts.head ?? ''}</head><body>
<header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
${opts.body}
${CLICKER}
<script${nonce}>${CLICKER_SCRIPT}${opts.script ?? ''}</script>
</body></html>`;
}

const article = (title: string, inner = paragraphs()) => `<article><h1>${title}</h1>${inner}</article>`;

export interface HostilePage {
  name: string;
  html: string;
  headers?: Record<string, string>;
  /** The page's own scripts cannot run (CSP without a script source): skip the click check. */
  noScripts?: boolean;
  /** How long the extension may take to finish or give up, ms. */
  budgetMs: number;
  /** Sub-resources the page loads. */
  extraRoutes?: Record<string, string>;
}

function bigText(): string {
  const para = `<p>${'Warehouse automation keeps growing as retailers look for ways to move goods faster and cheaper. '.repeat(10)}</p>\n`;
  const count = Math.ceil((5 * 1024 * 1024) / para.length);
  return page({ title: 'Acme Robotics raises $25 million', body: article('Acme Robotics raises $25 million Series B', paragraphs(para.repeat(count))) });
}

// The HTML parser caps nesting depth, so the 50,000 levels are built by the page's own script while parsing.
// Hidden: laid out, a 50,000-deep tree crashes Chromium's renderer with or without any extension.
const DEEP_SCRIPT = `(function () {
  var root = document.getElementById('deep'); var node = root;
  for (var i = 0; i < 50000; i++) { var d = document.createElement('div'); node.appendChild(d); node = d; }
  node.textContent = 'the bottom of a very deep page';
})();`;

const POISON = `<script>
Array.prototype.map = function () { throw new Error('page: map is disabled here'); };
Node.prototype.appendChild = function () { throw new Error('page: appendChild is disabled here'); };
JSON.parse = function () { return 'hijacked by the page'; };
window.__poisoned = true;
</script>`;

const SHADOW_SCRIPT = `(function () {
  var open = document.getElementById('open-host').attachShadow({ mode: 'open' });
  var p = document.createElement('p'); p.textContent = ${JSON.stringify(FUNDING)}; open.append(p);
  var closed = document.getElementById('closed-host').attachShadow({ mode: 'closed' });
  var q = document.createElement('p'); q.textContent = 'Closed shadow content: Beta Labs raised $3 million in seed funding led by Accel.'; closed.append(q);
})();`;

const EDITOR_SCRIPT = `window.__inputs = 0;
document.getElementById('editor').addEventListener('input', function () { window.__inputs++; });`;

const RTL_BODY = `<article><h1>شركة أكمي للروبوتات تجمع 25 مليون دولار</h1>
<p>قالت شركة أكمي للروبوتات، ومقرها برلين، يوم الثلاثاء إنها جمعت 25 مليون دولار في جولة تمويل من الفئة ب بقيادة سيكويا كابيتال.</p>
<p>وتخطط الشركة لاستخدام الأموال لتوظيف مهندسين وتوسيع فريق المبيعات في أوروبا وأمريكا الشمالية.</p>
<p dir="ltr">${FUNDING}</p>
<p>חברת אקמי רובוטיקה גייסה 25 מיליון דולר בסבב B בהובלת סקויה קפיטל, כך נמסר ביום שלישי.</p>
<p>تأسست الشركة في عام 2019 وتصنع روبوتات ذاتية القيادة تنقل المنصات داخل المستودعات دون بنية تحتية جديدة.</p></article>`;

export const HOSTILE_INVESTORS = [`<img src=x onerror=alert(1)>`, `=cmd|' /C calc'!A0`];
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const INJECTION_BODY = article(
  'Acme Robotics raises $25 million Series B',
  `<p>Acme Robotics, a Berlin-based maker of warehouse robots, said on Tuesday it has raised $25 million in a Series B round
led by ${escapeHtml(HOSTILE_INVESTORS[0]!)} Capital, with participation from ${escapeHtml(HOSTILE_INVESTORS[1]!)} Ventures and Index Ventures.</p>` + paragraphs(),
);

export function hostilePages(): HostilePage[] {
  return [
    { name: 'big-5mb-text', html: bigText(), budgetMs: 30_000 },
    { name: 'deep-50000-elements', html: page({ title: 'Acme Robotics raises $25 million', body: `<div id="deep" hidden></div>${article('Acme Robotics raises $25 million Series B')}`, script: DEEP_SCRIPT }), budgetMs: 30_000 },
    { name: 'poisoned-builtins', html: page({ title: 'Acme Robotics raises $25 million', head: POISON, body: article('Acme Robotics raises $25 million Series B') }), budgetMs: 10_000 },
    {
      name: 'csp-default-src-none',
      html: page({ title: 'Acme Robotics raises $25 million', body: article('Acme Robotics raises $25 million Series B') }),
      headers: { 'content-security-policy': "default-src 'none'" },
      noScripts: true,
      budgetMs: 10_000,
    },
    {
      name: 'csp-none-with-nonce-script',
      html: page({ title: 'Acme Robotics raises $25 million', body: article('Acme Robotics raises $25 million Series B'), nonce: 'dm-nonce' }),
      headers: { 'content-security-policy': "default-src 'none'; script-src 'nonce-dm-nonce'" },
      budgetMs: 10_000,
    },
    {
      name: 'iframes',
      html: page({
        title: 'Acme Robotics raises $25 million',
        body: `${article('Acme Robotics raises $25 million Series B')}<iframe id="same" src="/hostile/frame.html" width="400" height="200"></iframe>
<iframe id="doc" srcdoc="<p>${escapeHtml(FUNDING)}</p>" width="400" height="200"></iframe>`,
      }),
      extraRoutes: { '/hostile/frame.html': page({ title: 'frame', body: article('A framed story', paragraphs()) }) },
      budgetMs: 10_000,
    },
    { name: 'shadow-dom', html: page({ title: 'Acme Robotics raises $25 million', body: `<div id="open-host"></div><div id="closed-host"></div>${article('Acme Robotics raises $25 million Series B')}`, script: SHADOW_SCRIPT }), budgetMs: 10_000 },
    { name: 'contenteditable', html: page({ title: 'Acme Robotics raises $25 million', body: `<div id="editor" contenteditable="true">${article('Acme Robotics raises $25 million Series B')}</div>`, script: EDITOR_SCRIPT }), budgetMs: 10_000 },
    { name: 'rtl', html: page({ title: 'أكمي للروبوتات تجمع 25 مليون دولار', lang: 'ar', dir: 'rtl', body: RTL_BODY }), budgetMs: 10_000 },
    { name: 'html-and-formula-investors', html: page({ title: 'Acme Robotics raises $25 million', body: INJECTION_BODY }), budgetMs: 10_000 },
  ];
}
