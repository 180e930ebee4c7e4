/**
 * Links to a passage, before first use: a listener for selections in the text, which loads the
 * passage tools on the first one (passage-tools.ts); and, for a page opened from a link to a passage
 * (#p2-5:~:text=…), the code that makes sure it lands (passage-arrival.ts). Nothing else loads.
 */
import type { offerSelection } from './passage-tools';
import { SELECTORS } from '../shared/contracts';

const text = document.querySelector(SELECTORS.readingText);
let tools: Promise<{ offerSelection: typeof offerSelection }> | undefined;
let pending = 0;

if (text) {
  document.addEventListener('selectionchange', () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(() => {
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed && text.contains(selection.anchorNode)) tools ??= import('./passage-tools');
      void tools?.then((module) => void module.offerSelection());
    }, 150);
  });
  // A browser that follows text fragments takes the directive out of the address; the navigation keeps it.
  const opened = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.name ?? '';
  if (window.location.hash.includes(':~:') || /#[^#]*:~:/u.test(opened)) void import('./passage-arrival');
}

export {};
