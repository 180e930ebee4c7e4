/**
 * Term alignment in the parallel view: pointing at, focusing, tapping or putting the caret in a term
 * of one column lights up the same term's renderings in the other column of the same paragraph, and
 * the term itself. Glossary terms (a.term) pair by their entry, terminology marks (span.aligned) by
 * their key. A term the other column does not render lights up nothing. Only classes change: nothing
 * is announced. Loaded by reading-options.ts on the first use; the reader can turn it off there.
 */
import alignmentStyles from '../styles/term-alignment.css?url';
import { loadStylesheet } from './load-stylesheet';
import { CLASSES, SELECTORS } from '../shared/contracts';

const LIT = 'lit';
const TERM = `${SELECTORS.term}, .${CLASSES.aligned}`;
let lit: Element[] = [];

function keyOf(term: Element): string {
  return term instanceof HTMLAnchorElement ? term.hash.slice(1) : ((term as HTMLElement).dataset.align ?? '');
}

/** Starts alignment in a section's text once its styles are in, handling the latest event since it was asked for. */
export async function startAlignment(text: Element, option: HTMLInputElement, latest: () => Event): Promise<void> {
  await loadStylesheet(alignmentStyles);
  let tapped = false;
  const termAt = (node: Node | null | undefined): Element | null => {
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    const term = element?.closest(TERM) ?? null;
    return term && text.contains(term) ? term : null;
  };
  const light = (term: Element | null) => {
    for (const element of lit) element.classList.remove(LIT);
    lit = [];
    const side = term?.closest(SELECTORS.columns);
    if (!term || !side || !option.checked) return;
    const other = side.parentElement?.querySelector(
      `:scope > .${side.classList.contains(CLASSES.primary) ? CLASSES.companion : CLASSES.primary}`,
    );
    const key = keyOf(term);
    const renderings = [...(other?.querySelectorAll(TERM) ?? [])].filter((candidate) => keyOf(candidate) === key);
    if (renderings.length === 0) return;
    lit = [term, ...renderings];
    for (const element of lit) element.classList.add(LIT);
  };
  const handle = (event: Event) => {
    switch (event.type) {
      case 'pointerover':
        // On the whole document, so that a tap anywhere else puts a tapped term out.
        tapped = (event as PointerEvent).pointerType === 'touch';
        return light(termAt(event.target as Node));
      case 'pointerout': {
        // A tap leaves its term lit until the next tap; a pointer that leaves a term puts it out.
        const { target, relatedTarget } = event as PointerEvent;
        if (!tapped && termAt(relatedTarget as Node | null) !== termAt(target as Node)) light(null);
        return undefined;
      }
      case 'focusin':
        return light(termAt(event.target as Node));
      case 'focusout':
        return light(null);
      default: {
        // The caret (keyboard selection, caret browsing) counts as pointing at the term it is in.
        const focus = window.getSelection()?.focusNode;
        if (focus && text.contains(focus)) light(termAt(focus));
        return undefined;
      }
    }
  };
  for (const type of ['pointerover', 'pointerout', 'focusin', 'focusout', 'selectionchange']) document.addEventListener(type, handle);
  option.addEventListener('change', () => light(null));
  handle(latest());
}
