/**
 * A page opened from a link to a passage (#p2-5:~:text=…). A browser that follows text fragments
 * scrolls to the passage and highlights it by itself. One that does not is helped here: the passage
 * is found the way the specification finds it, marked and scrolled to. Where the passage is not on
 * this page (a link made in the other script or language), the link lands on its paragraph, which is
 * highlighted as a paragraph link is. Loaded only for such a link.
 */
import { findPassage, parseFragment, type Span } from '../shared/text-fragment';
import passageStyles from '../styles/passage-links.css?url';
import { loadStylesheet } from './load-stylesheet';
import { pageText } from './page-text';
import { CLASSES, SELECTORS } from '../shared/contracts';

/** Wraps each part of a range that lies in one text node in <mark class="passage">. */
function mark(range: Range): HTMLElement[] {
  const root = range.commonAncestorContainer;
  const texts: Text[] = [];
  if (root instanceof Text) texts.push(root);
  else {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (range.intersectsNode(node)) texts.push(node as Text);
  }
  const parts = texts.map((node) => ({
    node,
    start: node === range.startContainer ? range.startOffset : 0,
    end: node === range.endContainer ? range.endOffset : node.data.length,
  }));
  return parts
    .filter(({ start, end }) => start < end)
    .map(({ node, start, end }) => {
      const passage = node.splitText(start);
      passage.splitText(end - start);
      const element = document.createElement('mark');
      element.className = 'passage';
      passage.replaceWith(element);
      element.append(passage);
      return element;
    });
}

const opened = window.location.hash.includes(':~:')
  ? window.location.href
  : ((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.name ?? '');
const { id, directives } = parseFragment(opened);
const paragraph = document.getElementById(id);

if (paragraph?.matches(SELECTORS.paragraph) && directives.length > 0) {
  const page = pageText();
  const found = directives.map((directive) => findPassage(page, directive)).filter((span): span is Span => span !== undefined);
  if (found.length === 0) {
    paragraph.classList.add(CLASSES.landed);
    paragraph.scrollIntoView();
  } else if (!('fragmentDirective' in document)) {
    await loadStylesheet(passageStyles);
    const marks = found.flatMap((span) => mark(page.rangeOf(span)));
    marks[0]?.scrollIntoView({ block: 'center' });
  }
}
