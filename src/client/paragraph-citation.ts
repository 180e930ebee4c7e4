/**
 * What the paragraph buttons of paragraph-tools.ts do, loaded on the first click: copy the
 * paragraph's permanent URL, or open the menu that copies a citation (the Chinese, the English, the
 * reference and the URL) as plain text or as Markdown. The same menu cites a selected passage
 * (passage-tools.ts): the passage quoted, the reference and the link to the passage.
 */
import citeMenuStyles from '../styles/cite-menu.css?url';
import { loadStylesheet } from './load-stylesheet';
import {
  citationMarkdown,
  citationText,
  passageCitationMarkdown,
  passageCitationText,
  type CitationParts,
  type PassageCitationParts,
} from '../shared/citation';
import { format } from '../shared/format';
import { announceCopy } from './copy-status';
import { pageData } from './page-data';
import { SELECTORS } from '../shared/contracts';

const menu = document.getElementById('cite-menu');
const labels = pageData('section');
const chineseSide = labels?.chineseSide ?? 'primary';
const englishSide = chineseSide === 'primary' ? 'companion' : 'primary';
const styles = loadStylesheet(citeMenuStyles);
type Citing = { kind: 'paragraph'; parts: CitationParts } | { kind: 'passage'; parts: PassageCitationParts };
let citing: Citing | undefined;
let opener: HTMLButtonElement | undefined;
const menuLabel = menu?.getAttribute('aria-label') ?? '';

/** The visible text of a paragraph's part, without the notes attached to it. */
function textOf(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const note of copy.querySelectorAll(`${SELECTORS.notes}, ${SELECTORS.passageTools}`)) note.remove();
  return (copy.textContent ?? '').trim();
}

async function copy(text: string, done: string) {
  try {
    await navigator.clipboard.writeText(text);
    announceCopy(done);
  } catch {
    announceCopy(labels?.copy.copyFailed);
  }
}

/** The paragraph a button belongs to: its reference and permanent URL. */
function paragraphOf(button: HTMLButtonElement) {
  const link = button.parentElement?.querySelector<HTMLAnchorElement>(`:scope > ${SELECTORS.refLink}`);
  return {
    paragraph: button.closest<HTMLElement>(SELECTORS.paragraph),
    ref: link?.textContent ?? '',
    url: new URL(link?.getAttribute('href') ?? '', window.location.href).href,
  };
}

export async function copyLink(button: HTMLButtonElement) {
  const { ref, url } = paragraphOf(button);
  await copy(url, format(labels?.copy.linkCopied ?? '', { ref }));
  button.dataset.copied = '';
  window.setTimeout(() => delete button.dataset.copied, 2000);
}

/** Opens the citation menu below the button that asked for it, the first choice focused. */
async function openMenu(button: HTMLButtonElement, what: Citing, label: string) {
  if (!menu) return;
  await styles;
  citing = what;
  opener = button;
  menu.setAttribute('aria-label', label);
  button.setAttribute('aria-expanded', 'true');
  menu.showPopover();
  const rect = button.getBoundingClientRect();
  menu.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - menu.offsetWidth - 8))}px`;
  menu.style.top = `${Math.min(rect.bottom + 6, window.innerHeight - menu.offsetHeight - 8)}px`;
  menu.querySelector<HTMLButtonElement>('button')?.focus();
}

export async function openCiteMenu(button: HTMLButtonElement) {
  const { paragraph, ref, url } = paragraphOf(button);
  if (!paragraph) return;
  const parts = {
    chinese: textOf(paragraph.querySelector(`:scope > .${chineseSide}`)),
    english: textOf(paragraph.querySelector(`:scope > .${englishSide}`)),
    ref,
    documentTitle: textOf(document.querySelector(`.doc-title .${chineseSide}`)),
    url,
    translationLabel: labels?.copy.translationLabel ?? '',
  };
  await openMenu(button, { kind: 'paragraph', parts }, menuLabel);
}

export async function openPassageCiteMenu(button: HTMLButtonElement, parts: PassageCitationParts) {
  await openMenu(button, { kind: 'passage', parts }, labels?.passage.citeMenu ?? menuLabel);
}

if (menu) {
  menu.addEventListener('toggle', (event) => {
    if (event.newState !== 'closed' || !opener) return;
    opener.setAttribute('aria-expanded', 'false');
    opener.focus();
    opener = undefined;
  });
  for (const choice of menu.querySelectorAll<HTMLButtonElement>(SELECTORS.citeFormat)) {
    choice.addEventListener('click', () => {
      if (!citing) return;
      const markdown = choice.dataset.format === 'markdown';
      const text =
        citing.kind === 'passage'
          ? (markdown ? passageCitationMarkdown : passageCitationText)(citing.parts)
          : (markdown ? citationMarkdown : citationText)(citing.parts);
      const done = format((citing.kind === 'passage' ? labels?.passage.cited : labels?.copy.cited) ?? '', { ref: citing.parts.ref });
      menu.hidePopover();
      void copy(text, done);
    });
  }
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const choices = [...menu.querySelectorAll<HTMLButtonElement>(SELECTORS.citeFormat)];
    const index = choices.indexOf(document.activeElement as HTMLButtonElement);
    event.preventDefault();
    choices[(index + (event.key === 'ArrowDown' ? 1 : choices.length - 1)) % choices.length]?.focus();
  });
}
