import { describe, expect, it } from 'vitest';
import { parseBenchArguments, summariseAnnotations } from './archive-bench-report';

describe('archive:bench arguments', () => {
  it('takes the articles and clients, and 200 requests in parts of 10,000 lines unless told', () => {
    expect(parseBenchArguments(['--articles', '10000', '--clients', '8'])).toEqual({
      articles: 10_000,
      clients: 8,
      requests: 200,
      ingestChunk: 10_000,
    });
    expect(parseBenchArguments(['--articles', '5', '--clients', '1', '--requests', '3']).requests).toBe(3);
  });

  it('refuses a missing, fractional or zero count, and an unknown option', () => {
    expect(() => parseBenchArguments(['--clients', '8'])).toThrow(/--articles/);
    expect(() => parseBenchArguments(['--articles', '1.5', '--clients', '8'])).toThrow(/--articles/);
    expect(() => parseBenchArguments(['--articles', '10', '--clients', '0'])).toThrow(/--clients/);
    expect(() => parseBenchArguments(['--articles', '10', '--clients', '2', '--rounds', '3'])).toThrow();
  });
});

describe('archive:bench summary', () => {
  it('counts every status but 2xx and every request without an answer as an error, and times only answers', () => {
    const summary = summariseAnnotations([
      { status: 200, ms: 10, archiveMs: 4 },
      { status: 200, ms: 30, archiveMs: 8 },
      { status: 200, ms: 20, archiveMs: 6 },
      { status: 429, ms: 1 },
      { status: 503, ms: 2 },
      { status: 0, ms: 5000 },
    ]);
    expect(summary.errors).toBe(3);
    expect(summary.statuses).toEqual({ 200: 3, 429: 1, 503: 1, failed: 1 });
    expect(summary.annotateP50Ms).toBe(20);
    expect(summary.annotateP95Ms).toBe(30);
    expect(summary.archiveP50Ms).toBe(6);
  });
});
