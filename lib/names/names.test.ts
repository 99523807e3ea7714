import { describe, expect, it } from 'vitest';
import { foldName, investorKey, nameKey, sameInvestor, sameName, searchTokens, splitPossessive } from './index';

describe('company identity keys', () => {
  it('"SenseTime", "SenseTime Group Ltd" and "Sensetime" are one name', () => {
    expect(nameKey('SenseTime')).toBe('sensetime');
    expect(nameKey('SenseTime Group Ltd')).toBe('sensetime');
    expect(nameKey('Sensetime')).toBe('sensetime');
    expect(nameKey('  SenseTime   Group   Ltd. ')).toBe('sensetime');
  });

  it('drops accents, legal forms and punctuation', () => {
    expect(nameKey('Société Générale S.A.')).toBe('societe generale');
    expect(nameKey('Zoë Inc.')).toBe('zoe');
    expect(nameKey('Acme Holdings Pte. Ltd.')).toBe('acme');
    expect(nameKey('Foo GmbH')).toBe(nameKey('foo'));
    expect(nameKey('The Honest Company')).toBe('honest company');
  });

  it('does not fuzzy-merge unrelated names', () => {
    expect(sameName('Apple', 'Apple Farm')).toBe(false);
    expect(sameName('Sequoia', 'Sequoia Capital')).toBe(false);
    expect(sameName('Meta', 'Metabase')).toBe(false);
    expect(sameName('Nio', 'Nio Capital')).toBe(false);
  });

  it('never reduces a name to nothing', () => {
    expect(nameKey('Group')).toBe('group');
    expect(nameKey('Holdings Ltd')).toBe('holdings');
    expect(nameKey('!!!')).toBe('');
  });

  it('keeps non-Latin names', () => {
    expect(nameKey('商汤科技')).toBe('商汤科技');
    expect(foldName('ÅngströM')).toBe('angstrom');
  });

  it('search tokens cover every word start, capped', () => {
    const tokens = searchTokens(['Andreessen Horowitz']);
    expect(tokens).toContain('andreessen horowitz');
    expect(tokens).toContain('horowitz');
    expect(searchTokens(['a '.repeat(500)]).length).toBeLessThanOrEqual(16);
  });
});

describe('investor identity', () => {
  it('a possessive and its plain form are one investor', () => {
    expect(investorKey("Y Combinator's Continuity Fund")).toBe(investorKey('Y Combinator Continuity Fund'));
    expect(investorKey('Y Combinator’s Continuity Fund')).toBe('y combinator continuity');
    expect(sameInvestor("Y Combinator's Continuity Fund", 'Y Combinator Continuity Fund')).toBe(true);
  });

  it('firm-type words and fund vintages are variants of one firm', () => {
    expect(sameInvestor('Sequoia Capital', 'Sequoia')).toBe(true);
    expect(sameInvestor('Accel Partners', 'Accel')).toBe(true);
    expect(sameInvestor('Lightspeed Venture Partners', 'Lightspeed')).toBe(true);
    expect(sameInvestor('Founders Fund II', 'Founders Fund')).toBe(true);
    expect(investorKey('Capital Partners')).toBe('capital');
    expect(sameInvestor('Fund 1', 'Fund 2')).toBe(false);
  });

  it('a unit meets its owner, but two units of one owner are not one investor', () => {
    expect(sameInvestor("Goldman Sachs' Principal Strategic Investments", 'Goldman Sachs')).toBe(true);
    expect(sameInvestor('Goldman Sachs', "Goldman Sachs' Principal Strategic Investments")).toBe(true);
    expect(splitPossessive("Goldman Sachs' Principal Strategic Investments")).toEqual({ owner: 'Goldman Sachs', unit: 'Principal Strategic Investments' });
    expect(investorKey("Goldman Sachs' Principal Strategic Investments")).not.toBe(investorKey('Goldman Sachs'));
  });

  it('keeps different firms apart', () => {
    expect(sameInvestor('Sequoia Capital China', 'Sequoia Capital')).toBe(false);
    expect(sameInvestor('General Catalyst', 'General Atlantic')).toBe(false);
    expect(sameInvestor('Index Ventures', 'Insight Partners')).toBe(false);
  });
});
