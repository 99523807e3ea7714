// A company's rounds as a small chart: amount raised against date, one labelled dot per round. Drawn by hand in
// SVG (no chart library: a few dozen lines, no dependency to keep patched). The y axis turns logarithmic when
// amounts differ by orders of magnitude, so a $2m seed and a $600m Series D both stay readable.
import { formatMoney } from '../lib/compare';
import type { StoredRound } from '../lib/store';
import { formatDate, stageLabel } from '../lib/labels';

const W = 320;
const H = 140;
const PAD = { left: 46, right: 16, top: 14, bottom: 26 };

/** Dates as fractional years: "2021" → mid-year, "2021-03" → mid-March. */
function yearOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return y! + ((m ?? 7) - 1) / 12 + ((d ?? 15) - 1) / 365;
}

/** When the largest amount is at least this many times the smallest, the axis is logarithmic. */
export const LOG_SCALE_RATIO = 20;

export interface TimelinePoint {
  round: StoredRound;
  x: number;
  y: number;
}

export function timelineLayout(rounds: readonly StoredRound[]) {
  const dated = rounds.filter((r) => r.date && r.amount && r.amount.value > 0);
  // One currency per chart: the one most rounds were raised in (a cross-currency axis would mislead).
  const byCurrency = new Map<string, number>();
  for (const r of dated) byCurrency.set(r.amount!.currency, (byCurrency.get(r.amount!.currency) ?? 0) + 1);
  const currency = [...byCurrency.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const shown = dated.filter((r) => r.amount!.currency === currency);
  const left = rounds.length - shown.length;
  if (!shown.length)
    return { points: [] as TimelinePoint[], log: false, currency, left, ticks: [] as { y: number; label: string }[], yearTicks: [] as { x: number; year: number }[] };
  const values = shown.map((r) => r.amount!.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const log = max / min >= LOG_SCALE_RATIO;
  const years = shown.map((r) => yearOf(r.date!));
  let y0 = Math.min(...years);
  let y1 = Math.max(...years);
  if (y1 - y0 < 0.5) (y0 -= 0.5), (y1 += 0.5);
  // Room on both sides so the first and last labels are not cut off.
  const margin = (y1 - y0) * 0.12;
  y0 -= margin;
  y1 += margin;
  const v = (n: number) => (log ? Math.log10(n) : n);
  let lo = log ? v(min) - 0.2 : 0;
  let hi = v(max) * (log ? 1 : 1.1) + (log ? 0.2 : 0);
  if (hi === lo) hi = lo + 1;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const sx = (yr: number) => PAD.left + ((yr - y0) / (y1 - y0)) * innerW;
  const sy = (n: number) => PAD.top + innerH - ((v(n) - lo) / (hi - lo)) * innerH;
  const points = shown.map((round, i) => ({ round, x: sx(years[i]!), y: sy(round.amount!.value) }));
  const tickValues = log
    ? Array.from({ length: Math.floor(hi) - Math.ceil(lo) + 1 }, (_, i) => 10 ** (Math.ceil(lo) + i))
    : [max / 2, max];
  const ticks = tickValues.map((t) => ({ y: sy(t), label: formatMoney({ value: t, currency: currency! }) }));
  // A tick at each New Year inside the range (every few years when the range is long).
  const first = Math.ceil(y0);
  const step = Math.max(1, Math.ceil((Math.floor(y1) - first + 1) / 6));
  const yearTicks: { x: number; year: number }[] = [];
  for (let yr = first; yr <= y1; yr += step) yearTicks.push({ x: sx(yr), year: yr });
  return { points, log, currency, left, ticks, yearTicks };
}

export function Timeline({ rounds, company }: { rounds: readonly StoredRound[]; company: string }) {
  const layout = timelineLayout(rounds);
  if (layout.points.length < 1) return null;
  const titleId = `tl-title-${rounds[0]?.companyId ?? 0}`;
  const descId = `tl-desc-${rounds[0]?.companyId ?? 0}`;
  const desc = layout.points
    .map((p) => `${stageLabel(p.round.stage)}, ${formatDate(p.round.date)}: ${formatMoney(p.round.amount)}`)
    .join('; ');
  const path = layout.points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  return (
    <figure class="dm-timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${titleId} ${descId}`} data-scale={layout.log ? 'log' : 'linear'}>
        <title id={titleId}>{`${company}: amount raised per round over time${layout.log ? ' (logarithmic scale)' : ''}`}</title>
        <desc id={descId}>{desc}</desc>
        {layout.ticks.map((t) => (
          <g class="dm-tick" key={t.label}>
            <line x1={PAD.left} x2={W - PAD.right} y1={t.y} y2={t.y} />
            <text x={PAD.left - 4} y={t.y + 3} text-anchor="end">{t.label}</text>
          </g>
        ))}
        {layout.yearTicks.map((t) => (
          <g class="dm-year" key={t.year}>
            <line x1={t.x} x2={t.x} y1={H - PAD.bottom} y2={H - PAD.bottom + 4} />
            <text x={t.x} y={H - 8} text-anchor="middle">{String(t.year)}</text>
          </g>
        ))}
        <line class="dm-axis" x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
        <path class="dm-line" d={path} />
        {layout.points.map((p) => (
          <g class="dm-point" key={p.round.id}>
            <circle cx={p.x} cy={p.y} r={4} />
            <text x={p.x} y={p.y < PAD.top + 14 ? p.y + 14 : p.y - 8} text-anchor={p.x > W - 50 ? 'end' : p.x < PAD.left + 30 ? 'start' : 'middle'}>
              {stageLabel(p.round.stage)}
            </text>
          </g>
        ))}
      </svg>
      {layout.left > 0 ? (
        <figcaption>{`${layout.left} round${layout.left === 1 ? '' : 's'} without a date or a ${layout.currency ?? ''} amount not shown.`}</figcaption>
      ) : layout.log ? (
        <figcaption>Logarithmic scale: amounts differ by orders of magnitude.</figcaption>
      ) : null}
    </figure>
  );
}
