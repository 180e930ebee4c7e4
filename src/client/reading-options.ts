/**
 * The reading options of a section page: the parallel view, and term alignment. Both are checkboxes
 * that work as they are (the view by CSS :has()); this carries the reader's choices from page to page
 * (localStorage), and loads the alignment's code (term-alignment.ts) on the first pointer, focus or
 * caret in the text, handing it the event that asked for it.
 */
import { SELECTORS } from '../shared/contracts';
const OPTIONS = [
  { id: 'parallel-view', key: 'reading-view', on: 'parallel', off: 'single' },
  { id: 'term-alignment', key: 'term-alignment', on: 'on', off: 'off' },
];

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage may be disabled; a choice then lasts for the page only.
    return undefined;
  }
}

for (const { id, key, on, off } of OPTIONS) {
  const box = document.getElementById(id) as HTMLInputElement | null;
  if (!box) continue;
  if (storage()?.getItem(key) === off) box.checked = false;
  box.addEventListener('change', () => {
    try {
      storage()?.setItem(key, box.checked ? on : off);
    } catch {
      // As above: the choice lasts for the page only.
    }
  });
}

const text = document.querySelector(SELECTORS.readingText);
const alignment = document.getElementById('term-alignment') as HTMLInputElement | null;
if (text && alignment) {
  const starting = ['pointerover', 'focusin', 'selectionchange'];
  const events = [...starting, 'pointerout', 'focusout'];
  // While the code loads, the reader goes on pointing: it handles the latest event, not the first.
  let latest: Event | undefined;
  let loading: Promise<void> | undefined;
  const start = (event: Event) => {
    if (loading) {
      latest = event;
      return;
    }
    if (!starting.includes(event.type)) return;
    const target = event.type === 'selectionchange' ? window.getSelection()?.focusNode : (event.target as Node);
    if (!alignment.checked || !target || !text.contains(target)) return;
    latest = event;
    loading = import('./term-alignment')
      .then((module) => module.startAlignment(text, alignment, () => latest ?? event))
      .then(() => {
        for (const type of events) document.removeEventListener(type, start);
      });
  };
  for (const type of events) document.addEventListener(type, start);
}

export {};
