/**
 * What every page runs: the / shortcut to search, switching edition without losing one's place, and,
 * once the reader turns to the search box, fetching ahead what a search needs (search-intent.ts).
 */
import './search-shortcut';
import './keep-paragraph';

const box = document.querySelector<HTMLInputElement>('#site-search');
if (box) {
  const intent = () => {
    box.removeEventListener('focus', intent);
    box.removeEventListener('input', intent);
    void import('./search-intent').then((module) => module.prepareSearch());
  };
  box.addEventListener('focus', intent);
  box.addEventListener('input', intent);
}
