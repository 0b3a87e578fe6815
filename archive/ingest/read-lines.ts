/**
 * JSON Lines from a stream of bytes (a file, stdin, a request body), one line at a time, never
 * holding more than one line: a line longer than the limit is reported as such and skipped, not
 * gathered, so a stream without line breaks cannot fill the memory.
 */

export interface Line {
  /** Counting from 1, as editors do. */
  number: number;
  /** The line, or null when it ran over the limit. */
  text: string | null;
}

export async function* readLines(
  source: AsyncIterable<Uint8Array | string>,
  maxCharacters: number,
): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8');
  let pieces: string[] = [];
  let length = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): Line => {
    const line = { number: ++number, text: tooLong ? null : pieces.join('') };
    pieces = [];
    length = 0;
    tooLong = false;
    return line;
  };
  const take = (piece: string) => {
    if (tooLong) return;
    length += piece.length;
    if (length > maxCharacters) {
      tooLong = true;
      pieces = [];
    } else pieces.push(piece);
  };
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let from = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
      take(text.slice(from, at));
      yield finish();
      from = at + 1;
    }
    take(text.slice(from));
  }
  take(decoder.decode());
  if (length > 0 || tooLong) yield finish();
}
