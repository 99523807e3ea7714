// Generated rounds with attacker-controlled strings, for the CSV round-trip test and the benchmark.

import type { Evidence, Round, Stage } from '../model';
import { STAGES } from '../model';
import type { ArticleMeta } from '../store/types';

const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(1,2)',
  '-2+3',
  '@cmd',
  '\tTabbed',
  '\rCarriage',
  "'quoted already",
  "'=double guard",
  'Comma, Inc',
  'Quote "Q" Corp',
  'Line\r\nBreak',
  'Lone\nLF',
  'Lone\rCR',
  'שלום Ventures',
  'شركة الاستثمار',
  '\u202Emalicious\u202C',
  'Emoji 🚀👩‍💻 Labs',
  'Zoë & Søren',
  '"',
  ',,,',
  '  spaced  ',
];

/** A small deterministic PRNG, so failures reproduce. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

export function hostileName(rand: () => number, i: number): string {
  const base = pick(rand, HOSTILE);
  if (rand() < 0.01) return base + ' ' + 'Very Long Name '.repeat(700) + i;
  return `${base} ${i}`;
}

function ev(kind: Evidence['kind'], text: string, quote: string): Evidence {
  return { kind, text, paragraph: 0, start: 0, end: text.length, prefix: '', suffix: '', quote, confidence: 0.9 };
}

/** One article with one primary round per index; every string is hostile, every company distinct. */
export function hostileArticle(i: number, rand: () => number): { article: ArticleMeta; rounds: Round[] } {
  const stage: Stage = pick(rand, STAGES);
  const company = hostileName(rand, i);
  const lead = hostileName(rand, i * 7 + 1);
  const other = hostileName(rand, i * 7 + 2);
  const hasAmount = rand() < 0.9;
  const amount = hasAmount
    ? { value: Math.floor(rand() * 1e10) + 1, currency: pick(rand, ['USD', 'EUR', 'INR', 'GBP', 'JPY']), qualifier: pick(rand, ['exact', 'about', 'more_than', 'up_to'] as const) }
    : null;
  const valuation = rand() < 0.4
    ? { value: Math.floor(rand() * 1e12) + 1, currency: 'USD', qualifier: 'more_than' as const, basis: pick(rand, ['pre', 'post', 'unspecified'] as const) }
    : null;
  const year = 2000 + Math.floor(rand() * 25);
  const date = pick(rand, [`${year}`, `${year}-0${1 + Math.floor(rand() * 9)}`, `${year}-1${Math.floor(rand() * 3)}-2${Math.floor(rand() * 8)}`, null]);
  const quote = `${pick(rand, HOSTILE)} said "${company}" raised, with ${lead}`;
  return {
    article: {
      url: `https://news.example/${i}?q=${encodeURIComponent(pick(rand, HOSTILE))}`,
      title: pick(rand, HOSTILE) + ` title ${i}`,
      site: pick(rand, ['news.example', '=site', 'מקור']),
      published: date && date.length === 10 ? date : null,
    },
    rounds: [
      {
        primary: true,
        company,
        stage,
        amount,
        valuation,
        investors: [
          { name: lead, role: 'lead' },
          { name: other, role: 'participant' },
        ],
        date,
        confidence: 0.9,
        evidence: [ev('company', company, quote), ev('lead', lead, quote), ev('amount', pick(rand, HOSTILE), quote)],
      },
    ],
  };
}
