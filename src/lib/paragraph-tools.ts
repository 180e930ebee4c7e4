import type { Element } from 'hast';
import { h } from 'hastscript';
import { format } from '../shared/format';
import type { UiStrings } from './ui';
import { CLASSES } from '../shared/contracts';

/**
 * The buttons beside a paragraph's reference: copy its link, and open the menu that copies a
 * citation. They are in the page from the start, so that nothing moves when the script runs; their
 * icons come from the stylesheet. Without JavaScript they are hidden (public/no-script.css).
 */
export function paragraphTools(ref: string, ui: UiStrings): Element[] {
  return [
    h('button', { type: 'button', class: CLASSES.copyLink, 'aria-label': format(ui.copyLink, { ref }) }),
    h('button', {
      type: 'button',
      class: CLASSES.cite,
      'aria-label': format(ui.citeLabel, { ref }),
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-controls': 'cite-menu',
    }),
  ];
}
