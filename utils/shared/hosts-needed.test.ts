import { describe, expect, it } from 'vitest';
import { hostsNoLongerNeeded } from './hosts-needed';

describe('hostsNoLongerNeeded', () => {
  const both = (host: string) => [`https://${host}/*`, `http://${host}/*`];

  it('keeps the host the shared archive is on when a site of that host leaves the automatic list', () => {
    expect(hostsNoLongerNeeded(both('127.0.0.1'), [], 'http://127.0.0.1:8787')).toEqual(['https://127.0.0.1/*']);
    expect(hostsNoLongerNeeded(both('news.example'), [], 'https://news.example')).toEqual(['http://news.example/*']);
  });

  it("keeps an automatic site's host when the archive on it is given up, and gives back what nothing needs", () => {
    expect(hostsNoLongerNeeded(['https://news.example/*'], ['news.example'], null)).toEqual([]);
    expect(hostsNoLongerNeeded(both('other.example'), ['news.example'], 'https://news.example')).toEqual(
      both('other.example'),
    );
  });
});
