// "Goldman Sachs' Principal Strategic Investments", "Y Combinator's Continuity Fund": a unit named through its
// owner. The owner is who a reader means when asking whether an investor came back.

export interface Possessive {
  owner: string;
  unit: string;
}

// "Combinator's Continuity" (apostrophe-s) and "Sachs' Principal" (bare apostrophe after s); straight or curly.
const APOSTROPHE_S = /^(.+?)['’]s\s+(\S.*)$/u;
const BARE_APOSTROPHE = /^(.+?s)['’]\s+(\S.*)$/u;

/** Splits "X's Y" into owner and unit; null when the name has no possessive. */
export function splitPossessive(name: string): Possessive | null {
  const clean = name.trim();
  const m = APOSTROPHE_S.exec(clean) ?? BARE_APOSTROPHE.exec(clean);
  return m ? { owner: m[1]!.trim(), unit: m[2]!.trim() } : null;
}

/** "Y Combinator's Continuity Fund" → "Y Combinator Continuity Fund": the same name without the possessive. */
export function withoutPossessive(name: string): string {
  const p = splitPossessive(name);
  return p ? `${p.owner} ${p.unit}` : name;
}
