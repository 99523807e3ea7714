// A page that gives no publication date still tells its own time: once it calls a round of June 2017 an
// earlier one, a figure dated December 2016 is earlier too ("…co-led the round's $350M first tranche in
// December 2016"), however its sentence is worded.
import type { Frame } from '../relate/types';

/** The latest date the page gives an earlier round, or null. */
function latestEarlier(frames: Frame[]): string | null {
  let latest: string | null = null;
  for (const f of frames) if (f.past && f.date && (!latest || f.date > latest)) latest = f.date;
  return latest;
}

/** Frames dated before the page's latest earlier round are earlier rounds as well. */
export function pastByDate(frames: Frame[], published: string | null): Frame[] {
  const latest = published ? null : latestEarlier(frames);
  if (!latest) return frames;
  // ("2017" against "2017-06" cannot be ordered: the same year may be either side)
  const before = (d: string): boolean => d < latest && !latest.startsWith(d);
  return frames.map((f) => (!f.past && f.date && before(f.date) ? { ...f, past: true } : f));
}
