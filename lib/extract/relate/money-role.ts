// Gives each money figure of a sentence its role (lexicon/money-roles.ts): the first rule that matches wins.
import type { ValuationBasis } from '../../model';
import { type MoneyRole, ROLE_RULES } from '../lexicon/money-roles';
import type { MoneyMention } from '../recognize/money';

export type { MoneyRole } from '../lexicon/money-roles';

export interface RoledMoney extends MoneyMention {
  role: MoneyRole;
  basis: ValuationBasis;
}

export function roleOf(text: string, m: MoneyMention): RoledMoney {
  const before = text.slice(Math.max(0, m.start - 100), m.start);
  const after = text.slice(m.end, m.end + 70);
  for (const rule of ROLE_RULES) {
    if (rule.pattern.test(rule.side === 'before' ? before : after)) return { ...m, role: rule.role, basis: rule.basis ?? 'unspecified' };
  }
  return { ...m, role: 'round', basis: 'unspecified' };
}

/** "€53M de pérdidas (€59M en 2023)": a figure in brackets right after another is the same kind of figure. */
const BRACKETED_AFTER = /^[^()$€£¥₹\d]{0,40}\(\s*$/u;

/** The roles of a sentence's figures, in order. */
export function rolesOf(text: string, mentions: MoneyMention[]): RoledMoney[] {
  const out: RoledMoney[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    const echo = prev && prev.role !== 'round' && BRACKETED_AFTER.test(text.slice(prev.end, m.start));
    out.push(echo ? { ...m, role: prev.role, basis: prev.basis } : roleOf(text, m));
  }
  return out;
}
