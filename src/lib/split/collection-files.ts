import { escapeMarkdownText } from './markdown-text';
import type { Block, PrintedDocument, Section, SplitPage } from './model';

/** The edition the source is printed in; the other editions are derived from it. */
export const SOURCE_EDITION = 'zh-hans';

/**
 * Turns the split page into the files of the content collections, as a map from a path
 * relative to the collections' folder to its text. Paths and keys are written in a fixed order
 * so that the same source always gives the same bytes.
 */
export function toCollectionFiles(page: SplitPage, sourceName: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const document of page.documents) {
    files.set(`${SOURCE_EDITION}/${document.id}.json`, json(documentRecord(document)));
    for (const section of document.sections) {
      files.set(`${SOURCE_EDITION}/${document.id}/${section.number}.md`, sectionMarkdown(document, section));
    }
  }
  files.set('page.json', json({ source: sourceName, repairs: page.repairs }));
  return files;
}

function documentRecord(document: PrintedDocument) {
  return {
    document: document.id,
    edition: SOURCE_EDITION,
    title: document.title.text,
    ...(document.subtitle && { subtitle: document.subtitle.text }),
    ...(document.byline && { byline: document.byline.text }),
    ...(document.continuation && { continuation: { marker: document.continuation.text, line: document.continuation.lines[0] } }),
    sections: document.sections.map((section) => section.number),
  };
}

function sectionMarkdown(document: PrintedDocument, section: Section): string {
  const lines = section.blocks.flatMap((block) => block.lines);
  const frontmatter = {
    document: document.id,
    edition: SOURCE_EDITION,
    section: section.number,
    ...(section.numeral && { numeral: section.numeral.text }),
    ...(section.heading && { heading: section.heading.text }),
    paragraphs: section.blocks.length,
    sourceLines: [Math.min(...lines), Math.max(...lines)],
  };
  const yaml = Object.entries(frontmatter).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${yaml.join('\n')}\n---\n\n${blocksMarkdown(section.blocks)}`;
}

/** Paragraphs become Markdown paragraphs; a run of listed items becomes one list. */
function blocksMarkdown(blocks: Block[]): string {
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
