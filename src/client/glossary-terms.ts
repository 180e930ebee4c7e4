/**
 * Glossary terms as popover openers. Without JavaScript a marked term is a link to its glossary
 * entry. With it, the term opens a popover in place (click, tap, Enter or Space). The popover's code
 * and the glossary data load on the first use, so a page that is only read carries neither.
 *
 * A paragraph's terms are one Tab stop, not one each (section 五 would otherwise hold over a hundred
 * before the pager): Tab reaches the first, the arrow keys (Home, End) move among them, and the
 * paragraph remembers the last one reached.
 */
import { SELECTORS } from '../shared/contracts';
const popover = document.getElementById('glossary-popover');
const text = document.querySelector<HTMLElement>(SELECTORS.readingText);

if (popover && text && 'showPopover' in popover) {
  for (const term of text.querySelectorAll<HTMLAnchorElement>(SELECTORS.term)) {
    term.setAttribute('role', 'button');
    term.setAttribute('aria-haspopup', 'dialog');
    term.setAttribute('aria-expanded', 'false');
    term.setAttribute('aria-controls', popover.id);
  }
  const open = (event: Event) => {
    const term = (event.target as Element).closest<HTMLAnchorElement>(SELECTORS.term);
    // A modified click (a new tab, a new window) still follows the link to the glossary entry.
    if (!term || (event instanceof MouseEvent && (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey))) return;
    event.preventDefault();
    import('./glossary-popover').then(
      (popover) => popover.openGlossaryPopover(term),
      () => window.location.assign(term.href),
    );
  };
  text.addEventListener('click', open);
  text.addEventListener('keydown', (event) => {
    if (event.key === ' ') open(event);
  });

  const termsOf = (paragraph: Element) => [...paragraph.querySelectorAll<HTMLAnchorElement>(SELECTORS.term)];
  for (const paragraph of text.querySelectorAll(SELECTORS.paragraph))
    termsOf(paragraph).forEach((term, index) => term.setAttribute('tabindex', index === 0 ? '0' : '-1'));
  const MOVES: Record<string, (index: number, count: number) => number> = {
    ArrowRight: (index, count) => Math.min(index + 1, count - 1),
    ArrowDown: (index, count) => Math.min(index + 1, count - 1),
    ArrowLeft: (index) => Math.max(index - 1, 0),
    ArrowUp: (index) => Math.max(index - 1, 0),
    Home: () => 0,
    End: (_index, count) => count - 1,
  };
  text.addEventListener('keydown', (event) => {
    const move = MOVES[event.key];
    const term = (event.target as Element).closest<HTMLAnchorElement>(SELECTORS.term);
    const paragraph = term?.closest(SELECTORS.paragraph);
    if (!move || !term || !paragraph || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const terms = termsOf(paragraph);
    const next = terms[move(terms.indexOf(term), terms.length)];
    if (!next || next === term) return;
    event.preventDefault();
    term.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
  });
}

export {};
