// The company a story is about when its headline does not say; sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { storyCompany } from './story-company';

describe('the company whose executives a story quotes', () => {
  it('is the one named with its CEO and its founding', () => {
    const body = 'It is never easy to raise capital, Quillon CEO Ana Ruiz says. Ruiz helped co-found Quillon after selling her last startup.';
    expect(storyCompany(body, [])).toBe('Quillon');
  });
  it('needs two mentions, and more than any other company', () => {
    expect(storyCompany('Quillon CEO Ana Ruiz spoke first.', [])).toBeNull();
    expect(storyCompany('Quillon CEO Ana Ruiz and Tallyloop CEO Tom Lee spoke. The founder of Quillon and the founder of Tallyloop agreed.', [])).toBeNull();
  });
  it('is never an investor the page names, nor a place', () => {
    const frames = [{ leads: [{ name: 'Osprey Capital' }], participants: [] }] as never;
    expect(storyCompany('Osprey Capital CEO Ana Ruiz said so. The founder of Osprey Capital agreed.', frames)).toBeNull();
    expect(storyCompany('Leeds CEO Ana Ruiz said so. The founder of Leeds agreed.', [])).toBeNull();
  });
});

describe('a headline that opens on a possessive', () => {
  it('names the story\'s company when the body names it too', () => {
    expect(storyCompany('Thanks to a seasoned team, Quillon AB has a head start. Quillon will test its drug.', [], "Quillon's head start")).toBe('Quillon');
    expect(storyCompany('Quillon wore it. Quillon lost it.', [], "Quillon's $150K dress stolen")).toBeNull();
    expect(storyCompany('The team has a head start.', [], "Quillon's head start")).toBeNull();
  });
  it('but never a backer\'s or a place\'s', () => {
    const frames = [{ leads: [{ name: 'Osprey Capital' }], participants: [] }] as never;
    expect(storyCompany('Osprey Capital led the round.', frames, "Osprey Capital's big bet")).toBeNull();
    expect(storyCompany('Sweden has many startups.', [], "Sweden's startup boom")).toBeNull();
  });
});
