import { describe, expect, it } from 'vitest';
import { stripHtml } from './strip-html';

describe('stripHtml', () => {
  it('drops scripts, styles, svg, noscript and comments but keeps JSON-LD and text', () => {
    const html = '<html><head><style>p{color:red}</style><script>var a = "<p>x</p>";</script>'
      + '<script type="application/ld+json">{"datePublished":"2024-01-02"}</script></head>'
      + '<body><!-- ad slot --><p>Acme raised $5M.</p><svg viewBox="0 0 1 1"><path d="M0"/></svg><noscript><img src=x></noscript><scripted>ok</scripted></body></html>';
    expect(stripHtml(html)).toBe('<html><head><script type="application/ld+json">{"datePublished":"2024-01-02"}</script></head>'
      + '<body><p>Acme raised $5M.</p><scripted>ok</scripted></body></html>');
  });
  it('survives unclosed tags and comments', () => {
    expect(stripHtml('<p>a</p><script>never closed')).toBe('<p>a</p>');
    expect(stripHtml('<p>a</p><!-- open')).toBe('<p>a</p>');
    expect(stripHtml('<p>a</p><script')).toBe('<p>a</p><script');
  });
  it('is linear on a 5 MB run of tags', () => {
    const big = '<script>x</script><p>y</p>'.repeat(200_000);
    const t0 = performance.now();
    expect(stripHtml(big).length).toBe('<p>y</p>'.length * 200_000);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
