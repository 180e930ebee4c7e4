import type { LayoutRepair } from '../split/model';
import type { EditionSection, EditionText } from './edition-text';
import { escapeMarkdownText } from './markdown-text';

/**
 * Turns the editions into the files of the content collections, as a map from a path relative to
 * the collections' folder to its text: per edition, one JSON file per document and one Markdown file
 * per section. Keys and files are written in a fixed order, so the same input gives the same bytes.
 */
export function toCollectionFiles(editions: EditionText[], record: { source: string; repairs: LayoutRepair[] }): Map<string, string> {
  const files = new Map<string, string>();
  for (const { edition, documents } of editions) {
    for (const { id, sections, ...text } of documents) {
      files.set(`${edition}/${id}.json`, json({ document: id, edition, ...text, sections: sections.map((s) => s.number) }));
      for (const section of sections) {
        files.set(`${edition}/${id}/${section.number}.md`, sectionMarkdown(edition, id, section));
      }
    }
  }
  files.set('page.json', json(record));
  return files;
}

function sectionMarkdown(edition: string, document: string, section: EditionSection): string {
  const frontmatter = {
    document,
    edition,
    section: section.number,
    ...(section.numeral !== undefined && { numeral: section.numeral }),
    ...(section.heading !== undefined && { heading: section.heading }),
    paragraphs: section.blocks.length,
    sourceLines: section.sourceLines,
    ...(section.notes && { notes: section.notes }),
  };
  const yaml = Object.entries(frontmatter).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${yaml.join('\n')}\n---\n\n${blocksMarkdown(section.blocks)}`;
}

/** Paragraphs become Markdown paragraphs; a run of listed items becomes one list. */
function blocksMarkdown(blocks: EditionSection['blocks']): string {
  const chunks: string[] = [];
  blocks.forEach((block, index) => {
    const text = escapeMarkdownText(block.text);
    if (block.kind === 'paragraph') {
      chunks.push(`${text}\n\n`);
    } else {
      const endsList = blocks[index + 1]?.kind !== 'item';
      chunks.push(`- ${text}\n${endsList ? '\n' : ''}`);
    }
  });
  return chunks.join('').replace(/\n+$/, '\n');
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
