/**
 * What a section page costs, compressed as a host would send it (gzip): its HTML, CSS and the
 * JavaScript it loads before the reader does anything, next to the compressed size of the text
 * the page shows (the section's paragraphs in the edition and in its companion).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { EDITION_INFO, EDITIONS } from '../../src/lib/editions';
import type { Corpus } from '../../src/lib/open-data';
import { DIST } from '../lib/site-server';

const gzipped = (data: string | Buffer) => gzipSync(data).length;

export function benchPageBytes() {
  const corpus: Corpus = JSON.parse(readFileSync(join(DIST, 'data', 'corpus.json'), 'utf8'));
  return EDITIONS.flatMap((edition) =>
    corpus.documents.flatMap((document) =>
      document.sections.map((section) => {
        const path = `/${edition}/${document.id}/${section.number}/`;
        const html = readFileSync(join(DIST, path, 'index.html'));
        const tree = fromHtml(html.toString('utf8'));
        const asset = (url: string) => readFileSync(join(DIST, url));
        const css = selectAll('link[rel~=stylesheet]', tree).reduce((sum, link) => sum + gzipped(asset(String(link.properties.href))), 0);
        const js = selectAll('script[src]', tree).reduce((sum, script) => sum + gzipped(asset(String(script.properties.src))), 0);
        const companion = EDITION_INFO[edition].companion;
        const text = section.paragraphs.map((p) => `${p.text[edition]}\n${p.text[companion]}`).join('\n');
        const page = gzipped(html) + css + js;
        return { path, html: gzipped(html), css, js, page, text: gzipped(text), ratio: page / gzipped(text), htmlRatio: gzipped(html) / gzipped(text) };
      }),
    ),
  );
}
