import { describe, expect, it } from 'vitest';
import { isReferringSegment, REFERRING_OPENER } from './referring';

describe('a phrase that refers back to the company', () => {
  it.each([
    ['The Oslo-based company said the money goes to hiring.', true],
    ['This startup now employs forty people.', true],
    ['La compañía mexicana cerró la ronda en marzo.', true],
    ['Das Unternehmen will expandieren.', true],
    ['Tallow Robotics said the round closed in May.', false],
    ['The round was led by Harbourline.', false],
  ])('opens %j: %s', (sentence, expected) => {
    expect(REFERRING_OPENER.test(sentence)).toBe(expected);
  });

  it.each([
    [' the Lisbon company', true],
    ['la compañía francesa', true],
    [' the firm, which makes drones', false],
    [' the firm which makes drones', true],
    [' Quarrel Labs', false],
    [' the company behind Quarrel and two other apps', false],
  ])('is the whole segment %j: %s', (segment, expected) => {
    expect(isReferringSegment(segment)).toBe(expected);
  });
});
