/** The few XML readings the corpus converters need: one element's text, entities decoded (CDATA kept as is). */
const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');

/** The text of the first `<tag>` in `xml` (attributes allowed), or null when there is none or it is empty (`<tag/>`). */
export function xmlField(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!match) return null;
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(match[1]!);
  return cdata ? cdata[1]! : decode(match[1]!);
}
