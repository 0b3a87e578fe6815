import { describe, expect, it } from 'vitest';
import { readLines, type Line } from './read-lines';

async function linesOf(chunks: (string | Uint8Array)[], max = 20): Promise<Line[]> {
  const lines: Line[] = [];
  for await (const line of readLines(
    (async function* () {
      yield* chunks;
    })(),
    max,
  ))
    lines.push(line);
  return lines;
}

describe('readLines', () => {
  it('splits a stream into numbered lines, wherever its chunks break', async () => {
    expect(await linesOf(['{"a":1}\n{"b"', ':2}\n\n{"c":3}'])).toEqual([
      { number: 1, text: '{"a":1}' },
      { number: 2, text: '{"b":2}' },
      { number: 3, text: '' },
      { number: 4, text: '{"c":3}' },
    ]);
  });

  it('decodes a character split between two chunks', async () => {
    const bytes = new TextEncoder().encode('Kyiv–Lviv\n');
    const cut = 5; // inside the three bytes of the dash
    expect(await linesOf([bytes.slice(0, cut), bytes.slice(cut)])).toEqual([{ number: 1, text: 'Kyiv–Lviv' }]);
  });

  it('reports a line over the limit without keeping it, and goes on with the next', async () => {
    const lines = await linesOf(['short\n', 'x'.repeat(15), 'x'.repeat(15), '\nafter'], 20);
    expect(lines).toEqual([
      { number: 1, text: 'short' },
      { number: 2, text: null },
      { number: 3, text: 'after' },
    ]);
  });
});
