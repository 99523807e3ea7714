// Roundup items in the shapes newsletters and weekly reports write them: a numbered line per deal with its
// fields, "Name ($X, Series B): … Investors: A, B", and "Name: The … startup raised …". Our own sentences.
import { describe, expect, it } from 'vitest';
import type { Article } from '../model';
import { extract } from './index';

const page = (title: string, paragraphs: string[]): Article => ({ title, paragraphs, site: null, url: null, published: '2024-05-20' });
const deals = (a: Article) => extract(a).rounds.map((r) => ({
  primary: r.primary, company: r.company, stage: r.stage, amount: r.amount?.value ?? null,
  investors: r.investors.map((i) => (i.role === 'lead' ? `L:${i.name}` : i.name)),
}));

describe('roundup items', () => {
  it('a numbered line per deal, with its "Led by" and "Investors:" fields', () => {
    expect(deals(page('This week’s biggest funding rounds', [
      'Here are the week’s largest rounds.',
      '1. Kelpware — $80M Series C. Lisbon warehouse robots. Led by Foxglove Ventures.',
      '2. Tallera — $45M Series B. Spanish legal software. Investors: Barrow Capital, Brindle Partners.',
    ]))).toEqual([
      { primary: true, company: 'Kelpware', stage: 'series_c', amount: 80e6, investors: ['L:Foxglove Ventures'] },
      { primary: true, company: 'Tallera', stage: 'series_b', amount: 45e6, investors: ['Barrow Capital', 'Brindle Partners'] },
    ]);
  });

  it('a heading "Name (Short) – figure" over the paragraph that tells the deal', () => {
    expect(deals(page('Weekly deals roundup', [
      'Startups raised ₹900 Cr across 14 deals this week.',
      'Kelpware Finance (KF) – ₹600 Cr',
      'Mumbai-based KF secured the largest cheque of the week from Barrow Capital.',
      'Tallera Foods – ₹120 Cr',
      'The snack maker raised the money from Brindle Partners.',
    ])).filter((d) => d.primary).map((d) => [d.company, d.amount])).toEqual([['Kelpware Finance', 6e9], ['Tallera Foods', 1.2e9]]);
  });

  it('"Name ($X, Series B): what it does. Investor: A"', () => {
    expect(deals(page('Funding roundup: Kelpware, Tallera, Quorix', [
      'Kelpware ($80M, Series C): Lisbon warehouse robots. Lead investor: Foxglove Ventures.',
      'Tallera ($45M, Series B): legal software. Investors: Barrow Capital and Brindle Partners.',
      'Quorix ($20M, Series A): insurance APIs. Investor: Harrow Fund.',
    ])).map((d) => [d.company, d.investors])).toEqual([
      ['Kelpware', ['L:Foxglove Ventures']], ['Tallera', ['Barrow Capital', 'Brindle Partners']], ['Quorix', ['Harrow Fund']],
    ]);
  });

  it('"Name: The … startup raised …" names its company before the colon', () => {
    expect(deals(page('Weekly funding report: Indian startups raised $120M', [
      'Kelpware: The Bengaluru robotics startup raised Rs 80 crore in a Series B round led by Foxglove Ventures.',
      'Tallera: The legal-tech firm secured $5 million in seed funding from Barrow Capital.',
    ])).map((d) => [d.primary, d.company, d.amount])).toEqual([[true, 'Kelpware', 800e6], [true, 'Tallera', 5e6]]);
  });

  it('a label that is a field, not a name, opens no round: "Lead investor: X" alone adds to the round before', () => {
    const rs = deals(page('Kelpware raises $8M', ['Kelpware has raised $8 million in seed funding.', 'Lead investor: Foxglove Ventures.']));
    expect(rs).toEqual([{ primary: true, company: 'Kelpware', stage: 'seed', amount: 8e6, investors: ['L:Foxglove Ventures'] }]);
  });

  it('a tracker’s field label is no company: "Amount: $80 million" names no raiser', () => {
    const rs = deals(page('Deals of the week', ['Kelpware', 'Amount: $80 million', 'Round: Series C', 'Investors: Foxglove Ventures']));
    expect(rs.map((d) => d.company)).not.toContain('Amount');
  });
});
