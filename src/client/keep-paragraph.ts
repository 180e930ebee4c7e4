/**
 * Switching edition keeps the reader's place: the link to the other edition takes the paragraph the
 * reader opened (the URL's #fragment, with the passage if a link to a passage opened it) or, failing
 * that, the first paragraph on screen. A passage lands as a passage where the other edition shows its
 * text (the English in every edition, the Simplified in the English edition), else on its paragraph. The paragraph
 * reference is the same in every edition, so the same id exists there. Without JavaScript the link
 * leads to the same section.
 */
import { SELECTORS } from '../shared/contracts';
function paragraphInView(): string | undefined {
  const target = window.location.hash.slice(1);
  if (target && document.getElementById(target)?.matches(SELECTORS.paragraph)) return target;
  const paragraphs = document.querySelectorAll<HTMLElement>(SELECTORS.paragraph);
  if (window.scrollY === 0) return undefined;
  for (const paragraph of paragraphs) {
    if (paragraph.getBoundingClientRect().bottom > 0) return paragraph.id;
  }
  return undefined;
}

/** The passage this page was opened at (#p2-5:~:text=…), which the browser took out of the address: it goes along. */
const opened = /#([^#:]+):~:(.+)$/u.exec(
  (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.name ?? '',
);

for (const link of document.querySelectorAll<HTMLAnchorElement>(SELECTORS.editionLink)) {
  const keepPlace = () => {
    const id = paragraphInView();
    if (id) link.hash = opened?.[1] === id ? `${id}:~:${opened[2]}` : id;
  };
  link.addEventListener('click', keepPlace);
  link.addEventListener('auxclick', keepPlace);
}

export {};
