// The step-up: in venture usage, the valuation multiple between two rounds, post-money to post-money. A
// pre-money valuation with a known round size becomes post-money (pre + amount raised); when one side stays
// pre-money, the multiple is still given but says so ("pre-money vs post-money").

import type { Money, Valuation } from '../model';
import { ratio, type RatioResult } from './ratio';

export interface StepUp {
  multiple: RatioResult;
  /** What was compared with what, when it is not simply post-money with post-money. */
  note: string | null;
}

interface Side {
  valuation: Valuation | null;
  amount: Money | null;
}

/** A post-money figure for the round when it can be had: as reported, or pre-money + amount raised. */
export function postMoney(round: Side): { money: Money; basis: Valuation['basis']; derived: boolean } | null {
  const v = round.valuation;
  if (!v) return null;
  if (v.basis === 'pre' && round.amount && round.amount.currency === v.currency) {
    const qualifier = v.qualifier !== 'exact' ? v.qualifier : round.amount.qualifier;
    return { money: { value: v.value + round.amount.value, currency: v.currency, qualifier }, basis: 'post', derived: true };
  }
  return { money: v, basis: v.basis, derived: false };
}

const BASIS_WORD: Record<Valuation['basis'], string> = { pre: 'pre-money', post: 'post-money', unspecified: 'unstated basis' };

export function stepUp(earlier: Side, later: Side): StepUp {
  const a = postMoney(earlier);
  const b = postMoney(later);
  const multiple = ratio(a?.money, b?.money);
  if (!a || !b || !multiple.ok) return { multiple, note: null };
  let note: string | null = null;
  if (a.basis !== b.basis && a.basis !== 'unspecified' && b.basis !== 'unspecified') note = `${BASIS_WORD[a.basis]} vs ${BASIS_WORD[b.basis]}`;
  else if (a.basis === 'pre') note = 'pre-money vs pre-money';
  else if (a.derived || b.derived) note = 'post-money = pre-money + round size';
  return { multiple, note };
}
