import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { CLASSES, DATA, hastData } from '../shared/contracts';

const REF = hastData(DATA.ref);
const ALIGN = hastData(DATA.align);

export interface EditionHtml {
  /** The section's rendered HTML in this edition: paragraphs and list items carrying data-ref. */
  html: string;
  lang: string;
}

const isElement = (node: unknown): node is Element => (node as Element | undefined)?.type === 'element';

function addressed(tree: Root | Element, found: Element[] = []): Element[] {
  for (const child of tree.children) {
    if (!isElement(child)) continue;
    if (typeof child.properties[REF] === 'string') found.push(child);
    else addressed(child, found);
  }
  return found;
}

const hasClass = (node: ElementContent, className: string) =>
  isElement(node) && ((node.properties.className as string[] | undefined)?.includes(className) ?? false);
const isRefLink = (node: ElementContent) => hasClass(node, CLASSES.ref) && (node as Element).tagName === 'a';
/** The editors' notes and "see also" lines are given once, in the primary edition's language; the companion's marks point to the notes (same ids). */
const isEditorialNote = (node: ElementContent) => hasClass(node, CLASSES.editorialNote) || hasClass(node, CLASSES.seeAlso);

function span(className: string, lang: string, children: ElementContent[]): Element {
  return { type: 'element', tagName: 'span', properties: { className: [className], lang }, children };
}

/** The keys of the terminology marks in a part of a paragraph. */
function alignmentKeys(node: Element, keys = new Set<string>()): Set<string> {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (hasClass(child, CLASSES.aligned)) keys.add(String(child.properties[ALIGN]));
    alignmentKeys(child, keys);
  }
  return keys;
}

/** A terminology mark whose term the other column does not render is left as plain text: it would light up nothing. */
function unwrapUnpaired(node: Element, paired: ReadonlySet<string>): void {
  node.children = node.children.flatMap((child) => {
    if (!isElement(child)) return [child];
    unwrapUnpaired(child, paired);
    return hasClass(child, CLASSES.aligned) && !paired.has(String(child.properties[ALIGN])) ? child.children : [child];
  });
}

/**
 * Puts each paragraph of the companion edition inside the same paragraph of the primary edition, so
 * that one element (one id, one reference) holds the original and its translation side by side:
 * `<p id="p2-5"><a class="ref">2.5</a>[tools]<span class="primary" lang>…</span><span class="companion" lang>…</span></p>`.
 * The editions must have the same shape; a paragraph missing from either is an error. A terminology
 * mark stays only where the other column of its paragraph has the same term.
 */
export function alignParallelText(
  primary: EditionHtml,
  companion: EditionHtml,
  /** What follows each paragraph's reference link (the paragraph's buttons). */
  tools: (ref: string) => Element[] = () => [],
): string {
  const tree = fromHtml(primary.html, { fragment: true });
  const companions = new Map(
    addressed(fromHtml(companion.html, { fragment: true })).map((element) => [element.properties[REF] as string, element]),
  );
  const paragraphs = addressed(tree);
  if (paragraphs.length !== companions.size) {
    throw new Error(`the editions differ in shape: ${paragraphs.length} paragraphs against ${companions.size}`);
  }
  for (const paragraph of paragraphs) {
    const ref = paragraph.properties[REF] as string;
    const other = companions.get(ref);
    if (!other) throw new Error(`paragraph ${ref} has no counterpart in the ${companion.lang} edition`);
    const refLink = paragraph.children.filter(isRefLink);
    const primaryText = span(
      CLASSES.primary,
      primary.lang,
      paragraph.children.filter((node) => !isRefLink(node)),
    );
    const companionText = span(
      CLASSES.companion,
      companion.lang,
      other.children.filter((node) => !isRefLink(node) && !isEditorialNote(node)),
    );
    const [primaryKeys, companionKeys] = [alignmentKeys(primaryText), alignmentKeys(companionText)];
    unwrapUnpaired(primaryText, companionKeys);
    unwrapUnpaired(companionText, primaryKeys);
    paragraph.children = [...refLink, ...tools(ref), primaryText, companionText];
  }
  // The line breaks between paragraphs and list items are not text: they would only be DOM nodes.
  dropBlankText(tree);
  return toHtml(tree);
}

function dropBlankText(node: Root | Element): void {
  node.children = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  for (const child of node.children) if (isElement(child) && child.tagName !== 'p' && child.tagName !== 'li') dropBlankText(child);
}
