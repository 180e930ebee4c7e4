/**
 * Remembers the reader's choice between the parallel and the single-language view. The choice itself
 * works without JavaScript (a checkbox, and CSS :has()); this only carries it from page to page.
 */
const STORAGE_KEY = 'reading-view';
const toggle = document.getElementById('parallel-view') as HTMLInputElement | null;

function stored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

if (toggle) {
  if (stored() === 'single') toggle.checked = false;
  toggle.addEventListener('change', () => {
    try {
      window.localStorage.setItem(STORAGE_KEY, toggle.checked ? 'parallel' : 'single');
    } catch {
      // Storage may be disabled; the choice then lasts for this page only.
    }
  });
}

export {};
