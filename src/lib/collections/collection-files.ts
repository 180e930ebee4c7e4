import type { LayoutRepair } from '../split/model';
import type { EditionSection, EditionText } from './edition-text';
import { escapeMarkdownText } from './markdown-text';
import { EDITIONS_FILE, type SplitOutput } from './split-output';

/**
 * Turns the editions into the files of the content collections, as a map from a path relative to
 * the collections' folder to its text: per edition, one Markdown file per section (rendered by
 * Astro), and one JSON record of every edition's plain text with the layout repairs (read by the
 * search index, the open data and the pages' document titles). Keys and files are written in a fixed
 * order, so the same input gives the same bytes.
 */
export function toCollectionFiles(editions: EditionText[], record: { source: string; repairs: LayoutRepair[] }): Map<string, string> {
  const files = new Map<string, string>();
  for (const { edition, documents } of editions) {
    for (const { id, sections } of documents) {
      for (const section of sections) {
        files.set(`${edition}/${id}/${section.number}.md`, sectionMarkdown(edition, id, section));
      }
    }
  }
  files.set(EDITIONS_FILE, json({ ...record, editions } satisfies SplitOutput));
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
