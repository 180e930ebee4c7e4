/**
 * Links to a passage. A passage selected in one column of one paragraph (by mouse, touch or keyboard)
 * is offered two tools just below its end: copy a link to the passage, and cite it. The link is the
 * paragraph's address with a text fragment (#p2-5:~:text=…), which the browser scrolls to and
 * highlights; where the passage also occurs earlier on the page, context before or after it makes the
 * link land on this occurrence. The first Tab after a selection reaches the tools. Loaded on the first
 * selection in the text (src/client/passage-selection.ts).
 */
import { format } from '../shared/format';
import { makeTextDirective, passageFragment } from '../shared/text-fragment';
import passageStyles from '../styles/passage-links.css?url';
import { loadStylesheet } from './load-stylesheet';
import { announceCopy } from './copy-status';
import { pageText } from './page-text';
import { pageData } from './page-data';
import { CLASSES, SELECTORS } from '../shared/contracts';

interface Passage {
  range: Range;
  column: HTMLElement;
  paragraph: HTMLElement;
  ref: string;
  text: string;
}

const container = document.querySelector<HTMLElement>(SELECTORS.readingText);
const labels = pageData('section');
const menu = document.getElementById('cite-menu');
/** Not the text of a paragraph: its notes, its reference and buttons, and these tools. */
const NOT_TEXT = `${SELECTORS.notes}, ${SELECTORS.passageTools}, ${SELECTORS.refLink}, button`;

let offered: { passage: Passage; tools: HTMLElement; tabbedIn: boolean } | undefined;
const styles = loadStylesheet(passageStyles);

const elementOf = (node: Node) => (node instanceof Element ? node : node.parentElement);
const columnOf = (node: Node) =>
  elementOf(node)?.closest<HTMLElement>(`${SELECTORS.paragraph} > .${CLASSES.primary}, ${SELECTORS.paragraph} > .${CLASSES.companion}`) ??
  null;

/** The selection, if it is a passage of one column of one paragraph, outside its notes. */
function selectedPassage(): Passage | undefined {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const column = columnOf(range.startContainer);
  if (!column || column !== columnOf(range.endContainer) || !container?.contains(column)) return undefined;
  if ([range.startContainer, range.endContainer].some((node) => elementOf(node)?.closest(NOT_TEXT))) return undefined;
  if (range.cloneContents().querySelector(NOT_TEXT)) return undefined;
  const text = range.toString().trim();
  const paragraph = column.parentElement!;
  return text === '' ? undefined : { range: range.cloneRange(), column, paragraph, ref: paragraph.dataset.ref ?? '', text };
}

/** The link to the passage, or undefined where no text fragment tells it apart from the rest of the page. */
function passageLink({ range, paragraph }: Passage): string | undefined {
  const page = pageText();
  const start = page.positionOf(range.startContainer, range.startOffset);
  const end = page.positionOf(range.endContainer, range.endOffset);
  if (start === undefined || end === undefined) return undefined;
  const directive = makeTextDirective(page, { start, end }, page.blockAt(start));
  return directive && `${window.location.origin}${window.location.pathname}#${passageFragment(paragraph.id, directive)}`;
}

async function copyLink(passage: Passage): Promise<void> {
  const link = passageLink(passage);
  if (!link) return announceCopy(labels?.passage.notLinkable);
  try {
    await navigator.clipboard.writeText(link);
    announceCopy(format(labels?.passage.copied ?? '', { ref: passage.ref }));
  } catch {
    announceCopy(labels?.copy.copyFailed);
  }
}

async function cite(passage: Passage, button: HTMLButtonElement): Promise<void> {
  const url = passageLink(passage);
  if (!url) return announceCopy(labels?.passage.notLinkable);
  const lang = passage.column.lang;
  const { openPassageCiteMenu } = await import('./paragraph-citation');
  await openPassageCiteMenu(button, {
    passage: passage.text,
    ref: passage.ref,
    documentTitle: document.querySelector(`.doc-title > [lang="${lang}"]`)?.textContent?.trim() ?? '',
    url,
    translationLabel: lang === 'en' ? labels?.copy.translationLabel : undefined,
    lang,
  });
}

function toolButton(label: string | undefined, className: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.textContent = label ?? '';
  return button;
}

function toolsFor(passage: Passage): HTMLElement {
  const tools = document.createElement('span');
  tools.className = CLASSES.passageTools;
  tools.setAttribute('role', 'group');
  tools.setAttribute('aria-label', labels?.passage.tools ?? '');
  tools.lang = document.documentElement.lang;
  const copy = toolButton(labels?.passage.copy, 'passage-link');
  const citeButton = toolButton(labels?.passage.cite, 'passage-cite');
  citeButton.setAttribute('aria-haspopup', 'menu');
  citeButton.setAttribute('aria-expanded', 'false');
  if (menu) citeButton.setAttribute('aria-controls', menu.id);
  copy.addEventListener('click', () => void copyLink(passage));
  citeButton.addEventListener('click', () => void cite(passage, citeButton));
  tools.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') withdraw();
  });
  tools.append(copy, citeButton);
  return tools;
}

/**
 * Below the end of the passage, placed over the text, as the last thing in its paragraph: outside the
 * text itself, so that the caret (keyboard selection) never has to step over it.
 */
function place({ range, paragraph }: Passage, tools: HTMLElement): void {
  const rects = range.getClientRects();
  const end = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const box = paragraph.getBoundingClientRect();
  tools.style.left = `${end.right - box.left}px`;
  tools.style.top = `${end.bottom - box.top + 4}px`;
  paragraph.append(tools);
  const overflow = tools.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
  if (overflow > 0) tools.style.left = `${end.right - box.left - overflow}px`;
}

function withdraw(): void {
  if (!offered) return;
  const { tools } = offered;
  offered = undefined;
  tools.remove();
}

const samePassage = (a: Range, b: Range) =>
  a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;

/** Offers the tools for the current selection, or withdraws them where it is no passage. */
export async function offerSelection(): Promise<void> {
  await styles;
  // The tools stay while the reader uses them.
  if (offered && (offered.tools.contains(document.activeElement) || menu?.matches(':popover-open'))) return;
  const passage = selectedPassage();
  if (offered && passage && samePassage(passage.range, offered.passage.range)) return;
  withdraw();
  if (!passage) return;
  const tools = toolsFor(passage);
  place(passage, tools);
  offered = { passage, tools, tabbedIn: false };
}

document.addEventListener(
  'keydown',
  (event) => {
    if (event.key !== 'Tab' || event.shiftKey || !offered || offered.tabbedIn || offered.tools.contains(document.activeElement)) return;
    offered.tabbedIn = true;
    event.preventDefault();
    offered.tools.querySelector('button')?.focus();
  },
  true,
);
