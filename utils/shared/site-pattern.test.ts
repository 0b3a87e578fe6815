import { describe, expect, it } from 'vitest';
import { hostOfPattern, parseSite, siteOf } from './site-pattern';

describe('parseSite: what a reader types, as the patterns the browser grants', () => {
  it.each([
    ['www.bbc.com', 'www.bbc.com'],
    ['https://www.bbc.com/news/world-123?x=1', 'www.bbc.com'],
    ['  Kyivindependent.com ', 'kyivindependent.com'],
  ])('%s → %s, over https only', (input, host) => {
    expect(parseSite(input)).toEqual({ host, entry: host, patterns: [`https://${host}/*`] });
  });

  it('asks for plain http only for a site the reader gives as http', () => {
    expect(parseSite('http://127.0.0.1:8080/page')).toEqual({
      host: '127.0.0.1',
      entry: 'http://127.0.0.1',
      patterns: ['https://127.0.0.1/*', 'http://127.0.0.1/*'],
    });
    expect(siteOf('http://127.0.0.1')).toEqual(parseSite('http://127.0.0.1:8080/page'));
  });

  it.each([
    '',
    'not a site',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    'bbc',
    '<img src=x onerror=alert(1)>.com',
  ])('refuses %j with a reason', (input) => {
    expect(parseSite(input)).toEqual({ error: expect.any(String) });
  });

  it('reads the host back from a granted pattern, and nothing from any other', () => {
    expect(hostOfPattern('https://www.bbc.com/*')).toBe('www.bbc.com');
    expect(['<all_urls>', '*://*/*', 'https://*.bbc.com/*'].map(hostOfPattern)).toEqual([null, null, null]);
  });
});
