import { describe, expect, it } from 'vitest';
import { foldName, nameKey, sameName, searchTokens } from './normalize';

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
