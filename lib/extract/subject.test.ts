// Who raised, when the raiser is introduced with an appositive and the raise is reported speech.
import { describe, expect, it } from 'vitest';
import type { Article } from '../model';
import { extract } from './index';

const roundup = (paragraphs: string[]): Article => ({ title: 'This week in European tech', paragraphs, site: null, url: null, published: '2024-04-28' });
const rounds = (a: Article) => extract(a).rounds.map((r) => [r.primary, r.company, r.amount?.value ?? null]);

describe('raiser behind an appositive and "announced that it has"', () => {
  it('reads each company of a roundup', () => {
    expect(rounds(roundup([
      'Oslo-based battery maker Voltnor has raised €30 million in a new funding round.',
      'Leeds-based Brickfold, a maker of modular homes, has announced that it has secured £20 million in a new round of funding from new and existing investors.',
    ]))).toEqual([[true, 'Voltnor', 30e6], [true, 'Brickfold', 20e6]]);
  });
  it('skips an appositive that ends right before the verb', () => {
    const r = extract({ title: '', paragraphs: ['Talentio, la plataforma líder de recursos humanos en Latinoamérica, anuncia su ronda Serie A liderada por Andes Capital.'], site: null, url: null, published: '2024-03-02' }).rounds;
    expect(r.map((x) => x.company)).toEqual(['Talentio']);
  });
  it.each([
    'Both deals were worth $48 million.',
    'Ambas operaciones sumaron un monto de US$48 millones.',
  ])('a figure for several deals is neither amount nor valuation: %s', (follow) => {
    const r = extract({ title: '', paragraphs: ['Talentio announced a Series A led by Andes Capital and a merger with Nomina.', follow], site: null, url: null, published: '2024-03-02' }).rounds;
    expect(r.map((x) => [x.amount, x.valuation])).toEqual([[null, null]]);
  });
  it('a figure for two deals together is not the round', () => {
    const r = extract({ title: '', paragraphs: ['Talentio announced a Series A led by Andes Capital and a merger with Nomina, in two transactions worth a combined $48 million.'], site: null, url: null, published: '2024-03-02' }).rounds;
    expect(r.map((x) => [x.company, x.stage, x.amount, x.valuation])).toEqual([['Talentio', 'series_a', null, null]]);
  });
});

describe('a founder named beside the subject is no raiser', () => {
  const art = (title: string, p: string): Article => ({ title, paragraphs: [p], site: null, url: null, published: '2024-03-02' });
  it.each([
    ['Quillo raises $5M', 'The startup, founded by Ana Ruiz, has raised $5 million.', 'Quillo'],
    ['Quillo raises $5M', 'The company founded by Ana Ruiz has raised $5 million.', 'Quillo'],
    ['Quillo consigue 27 millones de dólares', 'La compañía cofundada por Ana Ruiz ha conseguido 26,96 millones de dólares en una ronda de serie A.', 'Quillo'],
    ['Deals', 'Quillo, a startup founded by Ana Ruiz, has raised $5 million.', 'Quillo'],
  ])('%s / %s', (title, p, company) => {
    expect(extract(art(title, p)).rounds.map((r) => r.company)).toEqual([company]);
  });
});

