/**
 * The live page's visible text as one whitespace-free string, with a way back from a position in
 * it to a text node and offset. This is the DOM half of anchoring; locate-quotes.ts is the pure half.
 */

import { compact } from '../core/anchoring/locate-quotes';

// Text in these is not prose a reader sees, or belongs to Sidenote itself.
const SKIPPED_ELEMENTS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'SVG',
  'MATH',
  'IFRAME',
]);

/** The characters compact() drops (whitespace, soft hyphens, zero-width ones); by code, since this runs per character. */
function isInvisible(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0xad ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The text nodes under `root` outside skipped and Sidenote's own elements, in document order. The
 * walker visits text nodes only, natively, and each element is judged once: a walker with a filter
 * calls back into script for every node of the page, three times as slow on news pages.
 */
export function visibleTextNodes(root: Node, isOwnElement: (element: Element) => boolean): Text[] {
  const hidden = new Map<Element, boolean>();
  const isHidden = (element: Element | null): boolean => {
    if (!element || element === root) return false;
    let known = hidden.get(element);
    if (known === undefined) {
      known =
        SKIPPED_ELEMENTS.has(element.tagName.toUpperCase()) || isOwnElement(element) || isHidden(element.parentElement);
      hidden.set(element, known);
    }
    return known;
  };
  const nodes: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!isHidden(node.parentElement)) nodes.push(node as Text);
  return nodes;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

export class PageText {
  /** Every non-whitespace character of the page's text, in document order. */
  readonly compact: string;
  private readonly nodes: Text[];
  /** For compact position i: the index into `nodes`, and the offset in that node's data. */
  private readonly nodeOf: Uint32Array;
  private readonly offsetOf: Uint32Array;

  constructor(root: Node, isOwnElement: (element: Element) => boolean) {
    const nodes = visibleTextNodes(root, isOwnElement);
    let characters = 0;
    for (const node of nodes) characters += node.data.length;
    const nodeOf = new Uint32Array(characters);
    const offsetOf = new Uint32Array(characters);
    const parts: string[] = [];
    let length = 0;
    nodes.forEach((node, nodeIndex) => {
      const data = node.data;
      // The kept characters themselves come from one native replace; the loop only records positions.
      parts.push(compact(data));
      for (let offset = 0; offset < data.length; offset++) {
        if (isInvisible(data.charCodeAt(offset))) continue;
        nodeOf[length] = nodeIndex;
        offsetOf[length] = offset;
        length++;
      }
    });
    this.compact = parts.join('');
    this.nodes = nodes;
    this.nodeOf = nodeOf.subarray(0, length);
    this.offsetOf = offsetOf.subarray(0, length);
  }

  /** The DOM pieces covering compact range [start, end): one per text node it touches. */
  pieces(start: number, end: number): { node: Text; start: number; end: number }[] {
    const pieces: { node: Text; start: number; end: number }[] = [];
    for (let at = start; at < end; at++) {
      const node = this.nodes[this.nodeOf[at]!]!;
      const offset = this.offsetOf[at]!;
      const last = pieces.at(-1);
      if (last && last.node === node) last.end = offset + 1;
      else pieces.push({ node, start: offset, end: offset + 1 });
    }
    return pieces;
  }
}
