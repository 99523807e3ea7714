import { describe, expect, it } from 'vitest';
import { blankClosedRelative, insideRelative, pronounBeforeVerb, withoutTrailingPronoun } from './relative';

describe('relative clauses', () => {
  it('sees a stage inside an open relative clause, not one after it closed', () => {
    expect(insideRelative('Barrow Capital, which led the company’s ')).toBe(true);
    expect(insideRelative('Marlo Ventures, der die ')).toBe(true);
    expect(insideRelative('Barrow Capital, which backed it early, led the ')).toBe(false);
    expect(insideRelative('Barrow Capital led the ')).toBe(false);
  });

  it('blanks a closed clause and keeps every offset', () => {
    const head = 'Ostra and Pell Partners, which backed its first rounds, ';
    const out = blankClosedRelative(head);
    expect(out).toHaveLength(head.length);
    expect(out.trim()).toBe('Ostra and Pell Partners');
    expect(blankClosedRelative('Ostra and Pell Partners ')).toBe('Ostra and Pell Partners ');
  });

  it('reads a pronoun right before a verb, and drops one that ends a head', () => {
    expect(pronounBeforeVerb('Quill is a fund that ')).toBe(true);
    expect(pronounBeforeVerb('Quill, which previously ')).toBe(true);
    expect(pronounBeforeVerb('Quill ')).toBe(false);
    expect(withoutTrailingPronoun('Kelpware, which')).toBe('Kelpware');
    expect(withoutTrailingPronoun('Kelpware, que')).toBe('Kelpware');
    expect(withoutTrailingPronoun('Kelpware Whoosh')).toBe('Kelpware Whoosh');
  });
});
