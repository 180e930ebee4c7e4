import type { APIRoute } from 'astro';
import { loadEdition } from '../../lib/load-edition';
import { traditionalToSimplifiedTable } from '../../lib/search/script-table';

/** The character table for script-independent Chinese search, made from the text at build time. */
export const GET: APIRoute = async () => {
  const allText = async (edition: 'zh-hans' | 'zh-hant') => {
    const { sections, section, documentData } = await loadEdition(edition);
    const titles = (['statement', 'report'] as const).map((id) => documentData(id).title).join('');
    const body = sections.map((s) => section(s.document, s.section).entry.body ?? '').join('');
    return titles + body;
  };
  const table = traditionalToSimplifiedTable(await allText('zh-hans'), await allText('zh-hant'));
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
