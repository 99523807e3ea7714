// Reading amounts the way people type them in the correction form: "600m", "1.2bn", "600 million", "$1,500,000".
import { compactNumber } from '../lib/compare';

const SCALE: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mm: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, t: 1e12, tn: 1e12, trillion: 1e12,
  cr: 1e7, crore: 1e7, lakh: 1e5,
};

/** A positive number in whole units, or null when the text is not an amount. */
export function parseAmount(text: string): number | null {
  const m = text.trim().toLowerCase().replace(/[$€£¥₹,\s]/g, '').match(/^(\d+(?:\.\d+)?)([a-z]*)$/);
  if (!m) return null;
  const scale = m[2] ? SCALE[m[2]] : 1;
  if (!scale) return null;
  const value = Math.round(Number(m[1]) * scale);
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** The form's starting text for an amount: 600000000 → "600m". */
export function amountText(value: number | undefined): string {
  return value === undefined ? '' : compactNumber(value);
}
