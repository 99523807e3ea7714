// The company a company's own blog speaks for: "RethinkDB Blog" → RethinkDB (its posts say "we raised").
const BLOG = /\s*(?:blog|news(?:room)?|press(?: releases)?|releases|media|updates|engineering|\(company newsroom\))\s*$/i;
const OUTLET = /\.(?:com|net|org|io)\b|\b(?:times|post|journal|review|daily|news|tech|crunch|wire|herald|business|magazine|insider|report)\b/i;

export function siteCompany(site: string | null): string | null {
  if (!site || !BLOG.test(site)) return null;
  const name = site.replace(BLOG, '').trim();
  return name && name.split(/\s+/).length <= 3 && /^\p{Lu}/u.test(name) && !OUTLET.test(name) ? name : null;
}
