/**
 * Progressive enhancement for paragraph links: beside every reference number, a button that copies
 * the paragraph's permanent URL. Without JavaScript the reference number itself is the link.
 */
const container = document.querySelector<HTMLElement>('[data-copy-label]');
const announcer = document.getElementById('copy-status');

if (container && announcer && navigator.clipboard) {
  const { copyLabel = '', copiedLabel = '', copyFailed = '' } = container.dataset;

  for (const link of container.querySelectorAll<HTMLAnchorElement>('a.ref')) {
    const ref = link.textContent ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.setAttribute('aria-label', copyLabel.replace('{ref}', ref));
    button.dataset.pagefindIgnore = '';
    button.innerHTML =
      '<svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14"><path fill="currentColor" d="M6.5 10.6 5.4 11.7a2 2 0 0 1-2.8-2.8l2.1-2.1a2 2 0 0 1 2.8 0l.7-.7a3 3 0 0 0-4.2 0L1.9 8.2a3 3 0 0 0 4.2 4.2l1.1-1.1zm3-5.2 1.1-1.1a2 2 0 0 1 2.8 2.8l-2.1 2.1a2 2 0 0 1-2.8 0l-.7.7a3 3 0 0 0 4.2 0l2.1-2.1a3 3 0 0 0-4.2-4.2L8.8 4.7zM5.6 9.7l4.1-4.1.7.7-4.1 4.1z"/></svg>';
    button.addEventListener('click', async () => {
      const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
      try {
        await navigator.clipboard.writeText(url);
        announcer.textContent = copiedLabel.replace('{ref}', ref);
        button.dataset.copied = '';
        window.setTimeout(() => delete button.dataset.copied, 2000);
      } catch {
        announcer.textContent = copyFailed;
      }
    });
    link.after(button);
  }
}
