/**
 * Progressive enhancement for paragraph links: beside every reference number, a button that copies
 * the paragraph's permanent URL, and one that opens a menu to copy a citation (the Chinese, the
 * English, the reference and the URL) as plain text or as Markdown. Without JavaScript the
 * reference number itself is the link.
 */
import { citationMarkdown, citationText, type CitationParts } from '../lib/citation';

const container = document.querySelector<HTMLElement>('[data-copy-label]');
const announcer = document.getElementById('copy-status');
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
  element.dataset.pagefindIgnore = '';
  element.innerHTML = icon;
  return element;
}

/** The visible text of a paragraph's part, without the notes attached to it. */
function textOf(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const note of copy.querySelectorAll('.editorial-note, .translator-note')) note.remove();
  return (copy.textContent ?? '').trim();
}

async function copy(text: string, done: string) {
  if (!announcer) return;
  try {
    await navigator.clipboard.writeText(text);
    announcer.textContent = done;
  } catch {
    announcer.textContent = container?.dataset.copyFailed ?? '';
  }
}

if (container && announcer && navigator.clipboard) {
  const labels = container.dataset;
  const chineseSide = labels.chineseSide === 'companion' ? 'companion' : 'primary';
  const englishSide = chineseSide === 'primary' ? 'companion' : 'primary';
  const documentTitle = textOf(document.querySelector(`.doc-title .${chineseSide}`));
  let citing: CitationParts | undefined;
  let opener: HTMLButtonElement | undefined;

  for (const link of container.querySelectorAll<HTMLAnchorElement>('a.ref')) {
    const ref = link.textContent ?? '';
    const paragraph = link.closest<HTMLElement>('[data-ref]');
    const url = () => new URL(link.getAttribute('href') ?? '', window.location.href).href;

    const copyLink = button('copy-link', (labels.copyLabel ?? '').replace('{ref}', ref), LINK_ICON);
    copyLink.addEventListener('click', () => {
      void copy(url(), (labels.copiedLabel ?? '').replace('{ref}', ref)).then(() => {
        copyLink.dataset.copied = '';
        window.setTimeout(() => delete copyLink.dataset.copied, 2000);
      });
    });
    link.after(copyLink);

    if (!menu || !paragraph) continue;
    const cite = button('cite', (labels.citeLabel ?? '').replace('{ref}', ref), QUOTE_ICON);
    cite.setAttribute('aria-haspopup', 'menu');
    cite.setAttribute('aria-expanded', 'false');
    cite.setAttribute('aria-controls', menu.id);
    cite.addEventListener('click', () => {
      citing = {
        chinese: textOf(paragraph.querySelector(`:scope > .${chineseSide}`)),
        english: textOf(paragraph.querySelector(`:scope > .${englishSide}`)),
        ref,
        documentTitle,
        url: url(),
        translationLabel: labels.translationLabel ?? '',
      };
      opener = cite;
      cite.setAttribute('aria-expanded', 'true');
      menu.showPopover();
      const rect = cite.getBoundingClientRect();
      menu.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - menu.offsetWidth - 8))}px`;
      menu.style.top = `${Math.min(rect.bottom + 6, window.innerHeight - menu.offsetHeight - 8)}px`;
      menu.querySelector<HTMLButtonElement>('button')?.focus();
    });
    copyLink.after(cite);
  }

  if (menu) {
    menu.addEventListener('toggle', (event) => {
      if ((event as ToggleEvent).newState !== 'closed' || !opener) return;
      opener.setAttribute('aria-expanded', 'false');
      opener.focus();
      opener = undefined;
    });
    for (const choice of menu.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
      choice.addEventListener('click', () => {
        if (!citing) return;
        const text = choice.dataset.format === 'markdown' ? citationMarkdown(citing) : citationText(citing);
        const done = (labels.citedLabel ?? '').replace('{ref}', citing.ref);
        menu.hidePopover();
        void copy(text, done);
      });
    }
    menu.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const choices = [...menu.querySelectorAll<HTMLButtonElement>('button[data-format]')];
      const index = choices.indexOf(document.activeElement as HTMLButtonElement);
      event.preventDefault();
      choices[(index + (event.key === 'ArrowDown' ? 1 : choices.length - 1)) % choices.length]?.focus();
    });
  }
}
