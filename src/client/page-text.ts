/**
 * The page's text as a browser searches it for a text fragment (src/shared/text-fragment.ts): every text
 * node in document order, grouped into blocks by the elements that lay them out as blocks, each block
 * in its language; with the way back from a position in that text to the DOM and from the DOM to it.
 */
import { searchText, type SearchText, type Span } from '../shared/text-fragment';
import { SELECTORS } from '../shared/contracts';

/** Never part of the text: code, and the passage tools this site inserts. */
const SKIPPED = `script, style, noscript, template, ${SELECTORS.passageTools}`;

export interface PageText extends SearchText {
  /** The position in the text of a boundary point of a range (a text node and an offset in it, or an element and a child index). */
  positionOf: (node: Node, offset: number) => number | undefined;
  /** A range of the DOM for a span of the text. */
  rangeOf: (span: Span) => Range;
  /** The span of the block that holds a position. */
  blockAt: (position: number) => Span;
}

function isBlock(element: Element): boolean {
  // The columns of a paragraph are read apart in every layout.
  if (element.matches(SELECTORS.columns)) return true;
  const { display } = getComputedStyle(element);
  return !display.startsWith('inline') && display !== 'contents';
}

export function pageText(root: Element = document.body): PageText {
  const blockOf = new Map<Element, Element>();
  const blockElement = (element: Element): Element => {
    if (!blockOf.has(element))
      blockOf.set(element, isBlock(element) || !element.parentElement ? element : blockElement(element.parentElement));
    return blockOf.get(element)!;
  };
  const nodes: Text[] = [];
  const blocks: { text: string; lang: string }[] = [];
  const nodeBlock: number[] = [];
  const nodeOffset: number[] = [];
  let current: Element | undefined;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // A block that holds a nested block continues after it as a block of its own, as the browser lays it out.
    const block = blockElement(node.parentElement!);
    if (block !== current) {
      blocks.push({ text: '', lang: block.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang });
      current = block;
    }
    const last = blocks.at(-1)!;
    nodes.push(node);
    nodeBlock.push(blocks.length - 1);
    nodeOffset.push(last.text.length);
    last.text += node.data;
  }
  const search = searchText(blocks);
  const starts = nodes.map((_, index) => search.blockStarts[nodeBlock[index]!]! + nodeOffset[index]!);

  const positionOf = (node: Node, offset: number): number | undefined => {
    if (node.nodeType === Node.TEXT_NODE) {
      const index = nodes.indexOf(node as Text);
      return index === -1 ? undefined : starts[index]! + offset;
    }
    // An element boundary: the start of the first text node after it.
    const point = document.createRange();
    point.setStart(node, offset);
    const index = nodes.findIndex((text) => point.comparePoint(text, 0) >= 0);
    return index === -1 ? search.text.length : starts[index];
  };
  const pointAt = (position: number, isEnd: boolean): [Text, number] => {
    for (let index = 0; index < nodes.length; index += 1) {
      const start = starts[index]!;
      const end = start + nodes[index]!.data.length;
      if (position >= start && (position < end || (isEnd && position === end))) return [nodes[index]!, position - start];
    }
    const last = nodes.at(-1)!;
    return [last, last.data.length];
  };
  const rangeOf = ({ start, end }: Span): Range => {
    const range = document.createRange();
    range.setStart(...pointAt(start, false));
    range.setEnd(...pointAt(end, true));
    return range;
  };
  const blockAt = (position: number): Span => {
    let index = 0;
    while (index + 1 < search.blockStarts.length && search.blockStarts[index + 1]! <= position) index += 1;
    const start = search.blockStarts[index]!;
    return { start, end: start + blocks[index]!.text.length };
  };
  return { text: search.text, isBoundary: search.isBoundary, positionOf, rangeOf, blockAt };
}
