/**
 * Opening a search result highlights the matched words inside the target paragraph. The words come
 * in the URL (?hl=…, as the paragraph shows them); they are highlighted with the CSS Custom
 * Highlight API, which marks text across element boundaries without changing the page.
 */
import { CLASSES, SELECTORS } from '../shared/contracts';
const words = new URLSearchParams(window.location.search).getAll('hl').filter((word) => word.trim() !== '');
const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;

// The words may be in either column: Chinese words in the Chinese text, English words in the translation.
if (target && words.length > 0 && 'highlights' in CSS) {
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(`.${CLASSES.ref}, ${SELECTORS.notes}, button`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const text = nodes.map((node) => node.data).join('');
  const lower = text.toLowerCase();
  const locate = (offset: number): [Text, number] => {
    let rest = offset;
    for (const node of nodes) {
      if (rest <= node.data.length) return [node, rest];
      rest -= node.data.length;
    }
    const last = nodes.at(-1)!;
    return [last, last.data.length];
  };
  const ranges: Range[] = [];
  for (const word of words) {
    const needle = word.toLowerCase();
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + needle.length));
      ranges.push(range);
    }
  }
  if (ranges.length > 0) CSS.highlights.set('search-hit', new Highlight(...ranges));
}

export {};
