/**
 * Term alignment in the parallel view: pointing at, focusing, tapping or putting the caret in a term
 * of one column lights up the same term's renderings in the other column of the same paragraph, and
 * the term itself. Glossary terms (a.term) pair by their entry, terminology marks (span.aligned) by
 * their key. A term the other column does not render lights up nothing. Only classes change: nothing
 * is announced. The reader can turn it off; the choice is remembered like the view.
 */
const STORAGE_KEY = 'term-alignment';
const LIT = 'lit';
const TERM = 'a.term, .aligned';
const text = document.querySelector<HTMLElement>('.reading-text');
const toggle = document.getElementById('term-alignment') as HTMLInputElement | null;
let lit: Element[] = [];
let tapped = false;

function keyOf(term: Element): string {
  return term instanceof HTMLAnchorElement ? term.hash.slice(1) : ((term as HTMLElement).dataset.align ?? '');
}

function termAt(node: Node | null): Element | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const term = element?.closest(TERM) ?? null;
  return term && text?.contains(term) ? term : null;
}

function light(term: Element | null): void {
  for (const element of lit) element.classList.remove(LIT);
  lit = [];
  const side = term?.closest('.primary, .companion');
  if (!term || !side || !toggle?.checked) return;
  const other = side.parentElement?.querySelector(`:scope > ${side.classList.contains('primary') ? '.companion' : '.primary'}`);
  const key = keyOf(term);
  const renderings = [...(other?.querySelectorAll(TERM) ?? [])].filter((candidate) => keyOf(candidate) === key);
  if (renderings.length === 0) return;
  lit = [term, ...renderings];
  for (const element of lit) element.classList.add(LIT);
}

function stored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

if (text && toggle) {
  if (stored() === 'off') toggle.checked = false;
  toggle.addEventListener('change', () => {
    light(null);
    try {
      window.localStorage.setItem(STORAGE_KEY, toggle.checked ? 'on' : 'off');
    } catch {
      // Storage may be disabled; the choice then lasts for this page only.
    }
  });
  toggle.closest('.align-option')?.setAttribute('data-ready', '');

  // On the whole document, so that a tap anywhere else puts a tapped term out.
  document.addEventListener('pointerover', (event) => {
    tapped = event.pointerType === 'touch';
    light(termAt(event.target as Node));
  });
  text.addEventListener('pointerout', (event) => {
    // A tap leaves its term lit until the next tap; a pointer that leaves a term puts it out.
    if (tapped || termAt(event.relatedTarget as Node | null) === termAt(event.target as Node)) return;
    light(null);
  });
  text.addEventListener('focusin', (event) => light(termAt(event.target as Node)));
  text.addEventListener('focusout', () => light(null));
  // The caret (keyboard selection, caret browsing) counts as pointing at the term it is in.
  document.addEventListener('selectionchange', () => {
    const focus = window.getSelection()?.focusNode ?? null;
    if (focus && text.contains(focus)) light(termAt(focus));
  });
}

export {};
