// The printed table: figure, target beside it, and what it is measured over. Reports, never judges quietly:
// a figure over its target is marked, a figure that could not be measured says why.

export interface Row {
  metric: string;
  value: string;
  target?: string;
  /** true: meets the target; false: misses it; undefined: no target or not measured. */
  ok?: boolean;
  over?: string;
}

export const fmt = (v: number | null | undefined, unit = 'ms', digits = 1): string =>
  v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : `${v.toFixed(digits)}${unit ? ' ' + unit : ''}`;

export const kb = (bytes: number | null | undefined): string =>
  bytes === null || bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`;

export function printTable(title: string, rows: Row[]): string {
  const head: Row = { metric: 'metric', value: 'value', target: 'target', over: 'measured over' };
  const cells = [head, ...rows].map((r) => [
    r.metric,
    r.value,
    r.target === undefined ? '' : `${r.target}${r.ok === undefined ? '' : r.ok ? '  ok' : '  MISSED'}`,
    r.over ?? '',
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `${c[0]!.padEnd(widths[0]!)}  ${c[1]!.padStart(widths[1]!)}  ${c[2]!.padEnd(widths[2]!)}  ${c[3]}`.trimEnd();
  const out = [`\n${title}`, line(cells[0]!), '-'.repeat(Math.min(160, widths[0]! + widths[1]! + widths[2]! + 40)), ...cells.slice(1).map(line)].join('\n');
  console.log(out);
  return out;
}
