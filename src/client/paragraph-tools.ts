/**
 * The copy and cite buttons beside every reference number (in the HTML, src/lib/paragraph-tools.ts):
 * the code that copies loads on the first click. Without a clipboard they can do nothing, and go.
 */
import { CLASSES, SELECTORS } from '../shared/contracts';
const container = document.querySelector<HTMLElement>(SELECTORS.readingText);

if (container) {
  if (!navigator.clipboard) for (const button of container.querySelectorAll(SELECTORS.paragraphButtons)) button.remove();
  container.addEventListener('click', (event) => {
    const clicked = (event.target as Element).closest<HTMLButtonElement>(SELECTORS.paragraphButtons);
    if (!clicked) return;
    void import('./paragraph-citation').then((citation) =>
      clicked.classList.contains(CLASSES.cite) ? citation.openCiteMenu(clicked) : citation.copyLink(clicked),
    );
  });
}

export {};
