// The names news sites give their sections, in the languages Dealmark reads. A page title made only of a
// site's name and such words ("PÚBLICO – Tecnologia", "Expansión – Empresas / Distribución", "财新网 - 公司")
// is the section's title, not the article's headline (lower case here; compared in lower case).
export const SECTION_WORDS = [
  // en
  'news', 'business', 'economy', 'tech', 'technology', 'startups', 'start-ups', 'startup', 'start-up', 'companies', 'markets',
  'finance', 'money', 'innovation', 'science', 'health', 'it', 'world', 'local', 'latest', 'home',
  // a trade outlet's beats: "Security – TechBrunch", "Fintech | Sifted"
  'security', 'cybersecurity', 'fintech', 'biotech', 'healthtech', 'crypto', 'ai', 'enterprise', 'venture', 'funding', 'deals',
  'media', 'mobile', 'climate', 'energy', 'mobility', 'transportation', 'retail', 'policy', 'gadgets', 'apps', 'hardware', 'software',
  // es / pt
  'noticias', 'notícias', 'economía', 'economia', 'empresas', 'tecnología', 'tecnologia', 'negocios', 'negócios', 'finanzas',
  'finanças', 'mercados', 'innovación', 'inovação', 'inversión', 'investimentos', 'distribución', 'emprendedores', 'actualidad',
  // fr / it
  'actualités', 'actualites', 'économie', 'entreprises', 'technologie', 'investissement', 'innovazione', 'tecnologie',
  'imprese', 'finanza', 'notizie', 'attualità',
  // de / nl
  'nachrichten', 'wirtschaft', 'unternehmen', 'technik', 'technologie', 'gründer', 'finanzen', 'nieuws', 'economie', 'bedrijven',
  // zh / ja / ko
  '公司', '经济', '經濟', '科技', '资讯', '資訊', '财经', '財經', '汽车', '汽車', '新闻', '新聞', '产业', '產業', '創投', '创投',
  'ニュース', '経済', 'テクノロジー', '뉴스', '경제', '산업', '기업',
];

/** Nouns of newspapers' and magazines' names: a title of a few capitalised words holding one ("Berliner Zeitung",
 *  "Business Insider Australia", "la Repubblica") is the outlet's name, not a headline. */
export const OUTLET_WORDS = ['Zeitung', 'Times', 'Post', 'News', 'Journal', 'Daily', 'Herald', 'Tribune', 'Gazette', 'Diário', 'Diario',
  'Jornal', 'Corriere', 'Repubblica', 'Giornale', 'Insider', 'Magazine', 'Observer', 'Chronicle', 'Telegraph', 'Monde', 'Figaro',
  'Folha', 'Estadão', 'Standard', 'Economist', 'Guardian', 'Reporter', 'Globe', 'Courier', 'Nieuws', 'Handelsblatt', 'Tagesspiegel',
  'Expansión', 'Vanguardia', 'Mundo', 'Cooperativa', 'Exame', 'Veja', 'Público'];
