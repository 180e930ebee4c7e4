import { describe, expect, it } from 'vitest';
import type { PrintedDocument, PrintedText } from '../../src/lib/split/model';
import { splitPage } from '../../src/lib/split/split-page';
import { sourceBytes, sourceText } from '../helpers/source';

const page = splitPage(sourceBytes());
const stripWhitespace = (text: string) => text.replace(/\s+/gu, '');

type Placed = PrintedText & { role: string };

/** Every printed text of a document, in the order the site presents it. */
function inSiteOrder(document: PrintedDocument): Placed[] {
  return [
    { role: 'title', ...document.title },
    ...(document.subtitle ? [{ role: 'subtitle', ...document.subtitle }] : []),
    ...document.sections.flatMap((section) => [
      ...(section.numeral ? [{ role: 'numeral', ...section.numeral }] : []),
      ...(section.heading ? [{ role: 'subheading', ...section.heading }] : []),
      ...section.blocks.map((block) => ({ role: block.kind, ...block })),
    ]),
    ...(document.byline ? [{ role: 'byline', ...document.byline }] : []),
    ...(document.continuation ? [{ role: 'continuation', ...document.continuation }] : []),
  ];
}

/** Print order: by source line; on the dateline's line the paragraph comes before the dateline. */
function inPrintOrder(texts: Placed[]): Placed[] {
  return [...texts].sort((a, b) => a.lines[0]! - b.lines[0]! || Number(a.role === 'byline') - Number(b.role === 'byline'));
}

const all = page.documents.flatMap(inSiteOrder);

describe('fidelity to the source', () => {
  it('puts every non-whitespace character of the source, in order, in exactly one title, paragraph, subheading, numeral or byline', () => {
    const rebuilt = inPrintOrder(all)
      .map((text) => text.text)
      .join('');
    expect(stripWhitespace(rebuilt)).toBe(stripWhitespace(sourceText()));
  });

  it('drops nothing but whitespace from any line it reads', () => {
    const lines = sourceText().split('\n');
    for (const text of all) {
      const printed = text.lines.map((line) => lines[line - 1]!.trim()).join('');
      expect(text.text, `source line(s) ${text.lines.join(', ')}`).toBe(
        text.role === 'byline' ? printed.slice(printed.length - text.text.length) : printed.slice(0, text.text.length),
      );
    }
  });

  it('presents the text in print order, except for the repairs it names', () => {
    const repaired = new Set(page.repairs.filter((r) => r.rule === 'displaced-headline').flatMap((r) => r.lines));
    const moved = (text: Placed) => repaired.has(text.lines[0]!);
    const siteOrder = all.filter((text) => !moved(text));
    expect(siteOrder.map((t) => t.text)).toEqual(inPrintOrder(siteOrder).map((t) => t.text));
  });

  it('names exactly three repairs: the column break rejoined, the continuation marker kept as metadata, the displaced headline moved to the top', () => {
    const report = page.documents[1]!;
    const [first, second] = inSiteOrder(report);
    expect([first?.role, first?.lines]).toEqual(['title', [177]]);
    expect([second?.role, second?.lines]).toEqual(['subtitle', [179]]);
    const rejoined = all.filter((text) => text.lines.length > 1);
    expect(rejoined.map((text) => text.lines)).toEqual(page.repairs.filter((r) => r.rule === 'column-break').map((r) => r.lines));
    expect(all.filter((text) => text.role === 'continuation').map((t) => t.text)).toEqual(['（下转第三版）']);
  });
});
