import type { ContentModel } from '../content/model';
import type { EditionSection } from './edition-text';
import { escapeMarkdownText } from './markdown-text';

/** The content model, as the split writes it beside the collections (read by src/lib/content/load-model.ts). */
export const MODEL_FILE = 'model.json';

/**
 * Turns the content model into the files the split writes, as a map from a path relative to its folder
 * to the text: per edition, one Markdown file per section (Astro's content collection, rendered by the
 * Markdown pipeline), and the model itself as JSON. Keys and files are written in a fixed order, so the
 * same input gives the same bytes.
 */
export function toCollectionFiles(model: ContentModel): Map<string, string> {
  const files = new Map<string, string>();
  for (const { edition, documents } of model.editions) {
    for (const { id, sections } of documents) {
      for (const section of sections) {
        files.set(`${edition}/${id}/${section.number}.md`, sectionMarkdown(edition, id, section));
      }
    }
  }
  files.set(MODEL_FILE, json(model));
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
