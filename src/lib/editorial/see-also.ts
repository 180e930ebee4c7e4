import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Edition } from '../editions';
import { format } from '../../shared/format';
import { paragraphIdOfRef, parseRef } from '../../shared/references';
import type { DocumentId } from '../split/model';
import { uiText } from '../ui';
import { editorialText } from './notes';
import type { CrossReference } from './schema';
import { CLASSES } from '../../shared/contracts';

/** One reason a paragraph is tied to paragraphs of the other document. */
export interface SeeAlsoGroup {
  /** The paragraphs of the other document, in the order the editors gave them (the closest first). */
  refs: string[];
  reason: CrossReference['reason'];
}

/**
 * The cross-references seen from each paragraph they tie: a report paragraph sees the statement
 * paragraphs of its entry, a statement paragraph sees every report paragraph that names it, each with
 * its reason. Both ends of every link are present.
 */
export function seeAlsoByRef(crossReferences: readonly CrossReference[]): Map<string, SeeAlsoGroup[]> {
  const byRef = new Map<string, SeeAlsoGroup[]>();
  const add = (ref: string, group: SeeAlsoGroup) => byRef.set(ref, [...(byRef.get(ref) ?? []), group]);
  for (const link of crossReferences) {
    add(link.report, { refs: link.statement, reason: link.reason });
    for (const ref of link.statement) add(ref, { refs: [link.report], reason: link.reason });
  }
  return byRef;
}

export interface SeeAlsoOptions {
  /** The address of a section in an edition. */
  sectionHref: (edition: Edition, document: DocumentId, section: number) => string;
  /** The site's own words (the reasons), Simplified → as the edition writes them (src/lib/traditional-interface.ts). */
  toWords: (simplified: string) => string;
}

/**
 * The "see also" line of one paragraph in one edition: for each reason, links to the paragraphs of the
 * other document and the reason in the edition's language. A link reads as the paragraph's reference
 * and is named with its document, for a reader who lists the links of the page.
 */
export function seeAlsoElement(groups: readonly SeeAlsoGroup[], edition: Edition, { sectionHref, toWords }: SeeAlsoOptions): Element {
  const ui = uiText(edition);
  const first = parseRef(groups[0]!.refs[0]!);
  if (!first) throw new Error(`see also: not a paragraph reference: ${groups[0]!.refs[0]}`);
  const documentName = ui.documentNames[first.document];
  const en = edition === 'en';
  const link = (ref: string): Element => {
    const target = parseRef(ref)!;
    return h('a', { href: `${sectionHref(edition, target.document, target.section)}#${paragraphIdOfRef(ref)}` }, [
      h('span', { class: 'visually-hidden' }, en ? `${documentName} ` : documentName),
      ref,
    ]);
  };
  const items = groups.map((group): ElementContent => {
    const links = group.refs.flatMap((ref, index): ElementContent[] => [
      ...(index === 0 ? [] : [{ type: 'text' as const, value: en ? ', ' : '、' }]),
      link(ref),
    ]);
    const reason = en ? group.reason.en : toWords(group.reason.zh);
    return h('span', { class: 'see-also-item' }, [...links, en ? ' — ' : '——', ...editorialText(reason, edition)]);
  });
  return h('span', { class: CLASSES.seeAlso, role: 'note' }, [
    h('span', { class: 'see-also-label' }, format(ui.seeAlso, { document: documentName })),
    ' ',
    ...items.flatMap((item, index): ElementContent[] => (index === 0 ? [item] : [{ type: 'text', value: en ? ' ' : '' }, item])),
  ]);
}
