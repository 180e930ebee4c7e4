import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Edition } from '../editions';
import { paths } from '../urls';
import type { DocumentId } from '../split/model';

export interface Occurrence {
  ref: string;
  document: DocumentId;
  section: number;
  /** The paragraph's address: /edition/document/section/#id. */
  href: string;
  /** How many times the term is marked in the paragraph. */
  count: number;
}

export interface RenderedSection {
  document: DocumentId;
  section: number;
  html: string;
}

/** The entry a marked term links to: `<a class="term" href="/<edition>/glossary/#id">`. */
function termId(element: Element): string | undefined {
  const classes = element.properties.className;
  if (element.tagName !== 'a' || !Array.isArray(classes) || !classes.includes('term')) return undefined;
  const fragment = String(element.properties.href ?? '').split('#')[1];
  return fragment ? decodeURIComponent(fragment) : undefined;
}

/**
 * Where each glossary term occurs in an edition, paragraph by paragraph, in reading order: read off
 * the marks the Markdown pipeline put in the rendered text, so the list matches what the reader sees.
 */
export function termOccurrences(edition: Edition, sections: readonly RenderedSection[]): Map<string, Occurrence[]> {
  const occurrences = new Map<string, Occurrence[]>();
  for (const { document, section, html } of sections) {
    const visit = (node: Root | Element, paragraph?: Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const current = typeof child.properties.dataRef === 'string' ? child : paragraph;
        const term = termId(child);
        if (term && current) {
          const list = occurrences.get(term) ?? [];
          const ref = current.properties.dataRef as string;
          const last = list.at(-1);
          if (last?.ref === ref) last.count += 1;
          else
            list.push({
              ref,
              document,
              section,
              href: `${paths.section(edition, document, section)}#${String(current.properties.id)}`,
              count: 1,
            });
          occurrences.set(term, list);
        }
        visit(child, current);
      }
    };
    visit(fromHtml(html, { fragment: true }));
  }
  return occurrences;
}
