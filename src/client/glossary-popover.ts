/**
 * The glossary popover itself, loaded on the first use of a term (see glossary-terms.ts): the entry
 * and every place the term occurs, in the edition's language whichever column the term is in. Escape,
 * a click outside or the close button close it, and focus returns to the term; following one of its
 * links closes it too, and focus goes to the paragraph the link leads to. The glossary data is fetched once, on the first use, as is this module, so
 * pages that are only read carry none of it.
 */
import popoverStyles from '../styles/glossary-popover.css?url';
import { loadStylesheet } from './load-stylesheet';
import { pageData } from './page-data';
import { markOtherLanguages } from '../shared/lang-runs';
import { editionOf, glossaryEntryOf, paths } from '../shared/urls';
import { SELECTORS, type GlossaryData, type GlossaryEntryData } from '../shared/contracts';

const popover = document.getElementById('glossary-popover');
const styles = loadStylesheet(popoverStyles);
const glossaries = new Map<string, Promise<GlossaryData>>();
const LANGS: Record<string, string> = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' };
let opener: HTMLAnchorElement | null = null;
/** Where focus goes when the popover closes: back to the term, or (after following one of its links) nowhere. */
let returnFocus = true;

function glossary(edition: string): Promise<GlossaryData> {
  if (!glossaries.has(edition)) {
    glossaries.set(
      edition,
      fetch(paths.glossaryData(edition)).then((response) => {
        if (!response.ok) throw new Error(`glossary ${edition}: ${response.status}`);
        return response.json() as Promise<GlossaryData>;
      }),
    );
  }
  return glossaries.get(edition)!;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { lang?: string } = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Follows a link to a paragraph of this page: the popover closes, the paragraph becomes the target, and focus goes to it. */
function followToParagraph(panel: HTMLElement, link: HTMLAnchorElement, event: MouseEvent) {
  const url = new URL(link.href);
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
  returnFocus = false;
  panel.hidePopover();
  if (url.pathname !== window.location.pathname) return;
  event.preventDefault();
  window.location.hash = url.hash;
  const target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

function render(panel: HTMLElement, term: HTMLAnchorElement, edition: string, id: string, entry: GlossaryEntryData) {
  const labels = pageData('section')?.popover;
  const lang = LANGS[edition] ?? 'en';
  const here = term.closest<HTMLElement>(SELECTORS.paragraph)?.dataset.ref;
  const heading = element('h2', { id: 'glossary-popover-title', tabIndex: -1, lang }, entry.title);
  const names = element('p', { className: 'names' });
  if (edition === 'en') names.append(element('span', { lang: 'zh-Hans' }, entry.chinese), ' ');
  names.append(element('span', { lang: 'zh-Latn-pinyin' }, entry.pinyin));
  if (edition !== 'en') names.append(' · ', element('span', { lang: 'en' }, entry.english));
  if (entry.russian) names.append(' · ', element('span', { lang: 'ru' }, entry.russian));

  const list = element('ul', { className: 'occurrences' });
  for (const occurrence of entry.occurrences) {
    const link = element('a', { href: occurrence.href }, occurrence.ref);
    link.addEventListener('click', (event) => followToParagraph(panel, link, event));
    if (occurrence.ref === here) {
      link.setAttribute('aria-current', 'location');
      link.append(element('span', { className: 'visually-hidden' }, ` ${labels?.here ?? ''}`));
    }
    list.append(element('li', {}, link));
  }
  const close = element('button', { type: 'button', className: 'close' }, labels?.close ?? '×');
  close.addEventListener('click', () => panel.hidePopover());

  panel.setAttribute('aria-labelledby', heading.id);
  panel.replaceChildren(
    heading,
    names,
    element(
      'p',
      { className: 'explanation', lang },
      ...markOtherLanguages(entry.explanation, edition === 'en' ? 'en' : 'zh').map((run) =>
        run.lang ? element('span', { lang: run.lang }, run.text) : run.text,
      ),
    ),
    element('p', { className: 'occurrences-label' }, labels?.occurrences ?? ''),
    list,
    element('p', { className: 'more' }, element('a', { href: paths.glossaryEntry(edition, id) }, labels?.glossary ?? '')),
    close,
  );
}

function place(panel: HTMLElement, term: HTMLElement) {
  const rect = term.getBoundingClientRect();
  const width = Math.min(panel.offsetWidth, window.innerWidth - 16);
  const below = rect.bottom + 8;
  const fitsBelow = below + panel.offsetHeight < window.innerHeight - 8;
  panel.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - width - 8))}px`;
  panel.style.top = `${fitsBelow ? below : Math.max(8, rect.top - panel.offsetHeight - 8)}px`;
}

/** Opens the popover for a term; glossary-terms.ts has made the term its opener. */
export async function openGlossaryPopover(term: HTMLAnchorElement) {
  if (!popover) return;
  // The term's link names the entry (in the glossary of its column's language); the popover is in the page's edition.
  const { edition: linked = '', id = '' } = glossaryEntryOf(term.getAttribute('href') ?? '') ?? {};
  const edition = editionOf(window.location.pathname) ?? linked;
  let entry: GlossaryEntryData | undefined;
  try {
    [entry] = await Promise.all([glossary(edition).then((entries) => entries[id]), styles]);
  } catch {
    entry = undefined;
  }
  if (!entry) {
    // Without the glossary data the term does what it does without JavaScript: it goes to the entry.
    window.location.href = term.href;
    return;
  }
  if (popover.matches(':popover-open')) popover.hidePopover();
  render(popover, term, edition, id, entry);
  opener = term;
  returnFocus = true;
  term.setAttribute('aria-expanded', 'true');
  popover.showPopover();
  place(popover, term);
  popover.querySelector<HTMLElement>('h2')?.focus();
}

popover?.addEventListener('toggle', (event) => {
  if (event.newState !== 'closed' || !opener) return;
  const term = opener;
  opener = null;
  term.setAttribute('aria-expanded', 'false');
  if (returnFocus) term.focus();
});
