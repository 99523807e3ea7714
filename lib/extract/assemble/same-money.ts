// Whether two figures are the same round's: same currency, within 1% (the scorer's tolerance); a second
// currency the article gives ("RMB90M (US$13M)") counts as the same figure.
import type { Money } from '../../model';

type Figure = Pick<Money, 'value' | 'currency'>;

export const sameMoney = (a: Figure, b: Figure): boolean => a.currency === b.currency && Math.abs(a.value - b.value) <= 0.01 * Math.max(a.value, b.value);

/** The same figure, in either currency the article gives for each. */
export const sameFigure = (a: Money, b: Money): boolean =>
  [a, ...(a.alt ? [a.alt] : [])].some((x) => [b, ...(b.alt ? [b.alt] : [])].some((y) => sameMoney(x, y)));
