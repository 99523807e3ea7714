import { describe, expect, it } from 'vitest';
import { formatDate, monthYear, stageLabel } from './labels';
import { stagePhrase } from './highlight/describe';

describe('labels people read', () => {
  it.each([
    ['series_c', 'Series C', 'Series C'],
    ['seed', 'Seed', 'seed round'],
    ['pre_seed', 'Pre-seed', 'pre-seed round'],
    ['convertible_note', 'Convertible note', 'convertible note'],
    ['debt', 'Debt', 'debt financing'],
    ['pre_ipo', 'Pre-IPO', 'pre-IPO round'],
    [null, 'Round', 'round'],
  ] as const)('%s is "%s" as a label and "%s" in a sentence', (stage, label, phrase) => {
    expect(stageLabel(stage)).toBe(label);
    expect(stagePhrase(stage)).toBe(phrase);
  });

  it('writes dates at the precision the article gave', () => {
    expect(formatDate('2018-04-09')).toBe('9 Apr 2018');
    expect(formatDate('2017-07')).toBe('Jul 2017');
    expect(formatDate('2017')).toBe('2017');
    expect(formatDate(null)).toBe('date unknown');
    expect(monthYear('2017-07-01')).toBe('Jul 2017');
    expect(monthYear(null)).toBe('');
  });
});
