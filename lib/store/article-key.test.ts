import { describe, expect, it } from 'vitest';
import { articleKey } from './article-key';

describe('article keys', () => {
  it('a URL with tracking parameters or a fragment is the same article', () => {
    const key = 'https://news.example/2024/larchmere-series-b';
    expect(articleKey(`${key}?utm_source=newsletter&utm_medium=email`)).toBe(key);
    expect(articleKey(`${key}?fbclid=IwAR0x#comments`)).toBe(key);
    expect(articleKey(` ${key} `)).toBe(key);
  });

  it('keeps the parameters that choose the content', () => {
    expect(articleKey('https://news.example/story.php?id=42&utm_campaign=x')).toBe('https://news.example/story.php?id=42');
    expect(articleKey('https://news.example/read?p=7')).toBe('https://news.example/read?p=7');
  });

  it('leaves what is not a web URL alone', () => {
    expect(articleKey('not a url')).toBe('not a url');
    expect(articleKey('file:///tmp/a.html?utm_source=x')).toBe('file:///tmp/a.html?utm_source=x');
  });
});
