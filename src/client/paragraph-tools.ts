/**
 * Progressive enhancement for paragraph links: beside every reference number, a button that copies
 * the paragraph's permanent URL, and one that opens a menu to copy a citation. Without JavaScript
 * the reference number itself is the link. The code that copies loads on the first click.
 */
import { format } from '../lib/format';

const container = document.querySelector<HTMLElement>('[data-copy-label]');
const menu = document.getElementById('cite-menu');

const LINK_ICON =
  '<svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14"><path fill="currentColor" d="M6.5 10.6 5.4 11.7a2 2 0 0 1-2.8-2.8l2.1-2.1a2 2 0 0 1 2.8 0l.7-.7a3 3 0 0 0-4.2 0L1.9 8.2a3 3 0 0 0 4.2 4.2l1.1-1.1zm3-5.2 1.1-1.1a2 2 0 0 1 2.8 2.8l-2.1 2.1a2 2 0 0 1-2.8 0l-.7.7a3 3 0 0 0 4.2 0l2.1-2.1a3 3 0 0 0-4.2-4.2L8.8 4.7zM5.6 9.7l4.1-4.1.7.7-4.1 4.1z"/></svg>';
const QUOTE_ICON =
  '<svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14"><path fill="currentColor" d="M2 9.5C2 6.4 3.6 4.3 6.3 3.5l.5 1.1C5.2 5.3 4.5 6.4 4.4 7.6H6.5V12H2zm7.5 0c0-3.1 1.6-5.2 4.3-6l.5 1.1c-1.6.7-2.3 1.8-2.4 3H14V12H9.5z"/></svg>';

function button(className: string, label: string, icon: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.setAttribute('aria-label', label);
  element.innerHTML = icon;
  return element;
}

if (container && navigator.clipboard) {
  const labels = container.dataset;
  for (const link of container.querySelectorAll<HTMLAnchorElement>('a.ref')) {
    const ref = link.textContent ?? '';
    const copyLink = button('copy-link', format(labels.copyLabel ?? '', { ref }), LINK_ICON);
    link.after(copyLink);
    if (!menu) continue;
    const cite = button('cite', format(labels.citeLabel ?? '', { ref }), QUOTE_ICON);
    cite.setAttribute('aria-haspopup', 'menu');
    cite.setAttribute('aria-expanded', 'false');
    cite.setAttribute('aria-controls', menu.id);
    copyLink.after(cite);
  }
  container.addEventListener('click', (event) => {
    const clicked = (event.target as Element).closest<HTMLButtonElement>('button.copy-link, button.cite');
    if (!clicked) return;
    void import('./paragraph-citation').then((citation) =>
      clicked.classList.contains('cite') ? citation.openCiteMenu(clicked) : citation.copyLink(clicked),
    );
  });
}

export {};
