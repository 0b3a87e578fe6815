import type { TextRange } from '@/utils/core/types';

interface MarkedTextProps {
  text: string;
  marks: TextRange[];
}

/** Text with ranges wrapped in <mark>, built as nodes: corpus text is never parsed as HTML. */
export function MarkedText({ text, marks }: MarkedTextProps) {
  const pieces = [];
  let cursor = 0;
  for (const { start, end } of [...marks].sort((a, b) => a.start - b.start)) {
    if (start < cursor || end > text.length) continue;
    if (start > cursor) pieces.push(text.slice(cursor, start));
    pieces.push(<mark key={start}>{text.slice(start, end)}</mark>);
    cursor = end;
  }
  if (cursor < text.length) pieces.push(text.slice(cursor));
  return <>{pieces}</>;
}
