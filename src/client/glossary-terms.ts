/**
 * Glossary terms as popover openers. Without JavaScript a marked term is a link to its glossary
 * entry. With it, the term opens a popover in place (click, tap, Enter or Space). The popover's code
 * and the glossary data load on the first use, so a page that is only read carries neither.
 */
const popover = document.getElementById('glossary-popover');
const text = document.querySelector<HTMLElement>('.reading-text');

if (popover && text && 'showPopover' in popover) {
  for (const term of text.querySelectorAll<HTMLAnchorElement>('a.term')) {
    term.setAttribute('role', 'button');
    term.setAttribute('aria-haspopup', 'dialog');
    term.setAttribute('aria-expanded', 'false');
    term.setAttribute('aria-controls', popover.id);
  }
  const open = (event: Event) => {
    const term = (event.target as Element).closest<HTMLAnchorElement>('a.term');
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
}

export {};
