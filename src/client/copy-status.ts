/**
 * What was copied, said once, politely, and shown for a few seconds in a toast that floats over the
 * page (fixed, so nothing moves): "Link to paragraph 2.5 copied". The same words reach a screen reader
 * through the live region the toast is.
 */
const region = document.getElementById('copy-status');
const SHOWN_FOR = 4000;
let hide: number | undefined;

export function announceCopy(message: string | undefined): void {
  if (!region) return;
  window.clearTimeout(hide);
  // Emptied first, so that the same words said twice are announced twice.
  region.textContent = '';
  window.requestAnimationFrame(() => {
    region.textContent = message ?? '';
    hide = window.setTimeout(() => (region.textContent = ''), SHOWN_FOR);
  });
}
