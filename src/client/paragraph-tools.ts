/**
 * The copy and cite buttons beside every reference number (in the HTML, src/lib/paragraph-tools.ts):
 * the code that copies loads on the first click. Without a clipboard they can do nothing, and go.
 */
const container = document.querySelector<HTMLElement>('.reading-text');

if (container) {
  if (!navigator.clipboard) for (const button of container.querySelectorAll('.copy-link, .cite')) button.remove();
  container.addEventListener('click', (event) => {
    const clicked = (event.target as Element).closest<HTMLButtonElement>('button.copy-link, button.cite');
    if (!clicked) return;
    void import('./paragraph-citation').then((citation) =>
      clicked.classList.contains('cite') ? citation.openCiteMenu(clicked) : citation.copyLink(clicked),
    );
  });
}

export {};
