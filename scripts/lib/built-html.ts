import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';

/** Every HTML file under a folder (the built site by default). */
export function htmlFiles(dir = 'dist'): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
    )
    .sort();
}

/** Every element of a parsed HTML tree, in document order. */
export function allElements(tree: Root | Element): Element[] {
  return tree.children.flatMap((child) => (child.type === 'element' ? [child, ...allElements(child)] : []));
}
