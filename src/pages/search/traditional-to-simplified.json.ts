import type { APIRoute } from 'astro';
import { splitEdition } from '../../lib/collections/split-output';
import type { EditionText } from '../../lib/collections/edition-text';
import { traditionalToSimplifiedTable } from '../../lib/search/script-table';

/** Every piece of an edition's text, in order: titles, subtitles, headings, paragraphs. */
function allText({ documents }: EditionText): string {
  return documents
    .flatMap((document) => [
      document.title,
      document.subtitle ?? '',
      ...document.sections.flatMap((section) => [section.heading ?? '', ...section.blocks.map((block) => block.text)]),
    ])
    .join('');
}

/** The character table for script-independent Chinese search, made from the text at build time. */
export const GET: APIRoute = () => {
  const table = traditionalToSimplifiedTable(allText(splitEdition('zh-hans')), allText(splitEdition('zh-hant')));
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
