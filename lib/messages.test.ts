import { describe, expect, it } from 'vitest';
import { checkSender, MessageError, parseRequest } from './messages';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN}/`;

describe('parseRequest', () => {
  it.each([
    [null, /without a type/],
    ['analyze', /without a type/],
    [{ type: 'drop-tables' }, /unknown message type "drop-tables"/],
    [{ type: 'analyze' }, /page \{html, url\}/],
    [{ type: 'analyze', page: { html: 1, url: 'x' } }, /page \{html, url\}/],
    [{ type: 'tab-state', tabId: '3' }, /needs a tabId/],
    [{ type: 'tab-state', tabId: 1.5 }, /needs a tabId/],
  ])('refuses %j with a clear reason', (raw, reason) => {
    expect(() => parseRequest(raw)).toThrow(reason);
  });

  it('keeps only the fields it knows', () => {
    const req = parseRequest({ type: 'analyze', page: { html: '<p>x</p>', url: 'https://a.example/', extra: 1 }, evil: true });
    expect(req).toEqual({ type: 'analyze', page: { html: '<p>x</p>', url: 'https://a.example/' } });
  });

  it('refuses a page larger than the limit', () => {
    expect(() => parseRequest({ type: 'analyze', page: { html: 'x'.repeat(9 * 1024 * 1024), url: 'u' } })).toThrow(/too large/);
  });
});

describe('checkSender', () => {
  const analyze = parseRequest({ type: 'analyze', page: { html: '', url: 'https://a.example/' } });
  const state = parseRequest({ type: 'tab-state', tabId: 4 });

  it('refuses messages from other extensions', () => {
    expect(() => checkSender(analyze, { id: 'someone-else', tabId: 1 }, OWN, ORIGIN)).toThrow(MessageError);
  });
  it('accepts page analysis only from a tab', () => {
    expect(() => checkSender(analyze, { id: OWN, tabId: 3, url: 'https://a.example/' }, OWN, ORIGIN)).not.toThrow();
    expect(() => checkSender(analyze, { id: OWN }, OWN, ORIGIN)).toThrow(/from a page tab/);
  });
  it('answers tab state only to extension pages, never to a content script', () => {
    expect(() => checkSender(state, { id: OWN, url: `${ORIGIN}popup.html` }, OWN, ORIGIN)).not.toThrow();
    expect(() => checkSender(state, { id: OWN, tabId: 3, url: 'https://a.example/' }, OWN, ORIGIN)).toThrow(/extension pages/);
  });
});

describe('declined', () => {
  it('carries only a URL and one of two reasons, and only from a tab', () => {
    expect(parseRequest({ type: 'declined', url: 'https://a.example/', reason: 'no-funding' })).toEqual({ type: 'declined', url: 'https://a.example/', reason: 'no-funding' });
    expect(() => parseRequest({ type: 'declined', url: 'https://a.example/', reason: 'found' })).toThrow(/reason/);
    const req = parseRequest({ type: 'declined', url: 'https://a.example/', reason: 'not-article' });
    expect(() => checkSender(req, { id: OWN, url: `${ORIGIN}popup.html` }, OWN, ORIGIN)).toThrow(/page tab/);
  });
});
