import { describe, expect, it } from 'vitest';
import { isPageHistory, pageHistory } from './page-history';

describe('page history message', () => {
  it('round-trips and refuses look-alikes', () => {
    const m = pageHistory('https://x.example/a', { Lumora: [] }, 'disk full');
    expect(isPageHistory(JSON.parse(JSON.stringify(m)))).toBe(true);
    expect(pageHistory('u', {})).not.toHaveProperty('saveError');
    expect(isPageHistory({ type: 'dealmark:page-history', url: 'u', history: { A: 'x' } })).toBe(false);
    expect(isPageHistory({ type: 'dealmark:page-history', history: {} })).toBe(false);
    expect(isPageHistory(null)).toBe(false);
  });
});
