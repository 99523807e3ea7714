// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredRound } from '../lib/store';
import { Timeline, timelineLayout } from './Timeline';

const r = (id: number, stage: StoredRound['stage'], value: number | null, date: string | null, currency = 'USD'): StoredRound => ({
  id, companyId: 1, company: 'Kite & Co', stage, amount: value === null ? null : { value, currency, qualifier: 'exact' }, valuation: null,
  investors: [], date, primary: true, confidence: 1, investorIds: [], dateKey: date ?? '', sourceCount: 1, conflicts: [], corrected: [],
  firstSeen: '', updatedAt: '', articleUrls: [],
});

afterEach(cleanup);

describe('Timeline', () => {
  it('uses a linear axis for amounts of one order of magnitude, a log axis when they differ by orders', () => {
    expect(timelineLayout([r(1, 'series_a', 10e6, '2023-03'), r(2, 'series_b', 40e6, '2024-05')]).log).toBe(false);
    const log = timelineLayout([r(1, 'seed', 2e6, '2020'), r(2, 'series_a', 15e6, '2021-06'), r(3, 'series_d', 600e6, '2024-01')]);
    expect(log.log).toBe(true);
    // Later rounds sit to the right; larger amounts higher up (smaller y).
    expect(log.points[0]!.x).toBeLessThan(log.points[2]!.x);
    expect(log.points[0]!.y).toBeGreaterThan(log.points[2]!.y);
    expect(log.ticks.map((t) => t.label)).toContain('$100m');
  });

  it('draws one currency and says what it left out; nothing at all without dated amounts', () => {
    const layout = timelineLayout([r(1, 'seed', 2e6, '2020'), r(2, 'series_a', 5e6, '2021'), r(3, 'series_b', 1e9, '2022', 'INR'), r(4, 'series_c', 9e6, null)]);
    expect(layout.points.map((p) => p.round.id)).toEqual([1, 2]);
    expect(layout.left).toBe(2);
    const { container } = render(<Timeline rounds={[r(1, 'seed', null, '2020')]} company="x" />);
    expect(container.innerHTML).toBe('');
  });

  it('is an accessible image with a title and a description of every point', () => {
    const { container } = render(<Timeline company="Kite & Co" rounds={[r(1, 'seed', 2e6, '2020-02'), r(2, 'series_a', 15e6, '2021-06-03')]} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')!.textContent).toBe('Kite & Co: amount raised per round over time');
    expect(svg.querySelector('desc')!.textContent).toBe('Seed, Feb 2020: $2m; Series A, 3 Jun 2021: $15m');
    expect([...svg.querySelectorAll('.dm-point text')].map((t) => t.textContent)).toEqual(['Seed', 'Series A']);
  });
});
