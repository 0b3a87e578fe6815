import { describe, expect, it } from 'vitest';
import { parseArchiveAddress, tokenProblem } from './archive-address';

describe('a shared archive’s address', () => {
  it('takes an https origin, or http on this computer only, and asks for that one host', () => {
    expect(parseArchiveAddress(' https://archive.example.org ')).toEqual({
      origin: 'https://archive.example.org',
      host: 'archive.example.org',
      pattern: 'https://archive.example.org/*',
    });
    expect(parseArchiveAddress('http://127.0.0.1:8787')).toEqual({
      origin: 'http://127.0.0.1:8787',
      host: '127.0.0.1:8787',
      pattern: 'http://127.0.0.1/*',
    });
    expect(parseArchiveAddress('http://localhost:8787/')).toMatchObject({ origin: 'http://localhost:8787' });
  });

  it('refuses what would send pages in the clear, elsewhere, or is no address', () => {
    for (const [input, reason] of [
      ['', /Type the archive/],
      ['archive.example.org', /not a web address/],
      ['http://archive.example.org', /unencrypted/],
      ['ftp://archive.example.org', /over https/],
      ['javascript:alert(1)', /over https/],
      ['https://user:secret@archive.example.org', /user name/],
      ['https://archive.example.org/v1/annotate', /without a path/],
      ['https://archive.example.org/?next=evil', /without a path/],
    ] as const)
      expect(parseArchiveAddress(input), input).toEqual({ error: expect.stringMatching(reason) });
  });

  it('takes a reader token as one printable word', () => {
    expect(tokenProblem(`snt_${'a'.repeat(43)}`)).toBeNull();
    expect(tokenProblem('')).toMatch(/Paste/);
    expect(tokenProblem('short')).toMatch(/not a reader token/);
    expect(tokenProblem('two words and more words')).toMatch(/not a reader token/);
  });
});
