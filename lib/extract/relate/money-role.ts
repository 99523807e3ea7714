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
