/**
 * What a section page costs, compressed as a host would send it (gzip): its HTML, the CSS and the
 * JavaScript it loads before the reader does anything, next to the compressed size of the text the
 * section shows. That text is every paragraph of the section as the page shows it, in the edition
 * and in its companion, with the notes that belong to the paragraphs (editorial and translator's
 * notes): the reading matter, as opposed to navigation, markup, styles and scripts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { EDITIONS } from '../../src/lib/editions';
import type { Corpus } from '../../src/lib/open-data';
import { DIST } from '../lib/site-server';

const gzipped = (data: string | Buffer) => gzipSync(data).length;

/** A paragraph's text as shown, without its reference number. */
function shownText(node: Root | Element): string {
  return node.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type !== 'element') return '';
      const classes = child.properties.className;
      return Array.isArray(classes) && classes.includes('ref') ? '' : shownText(child);
    })
    .join('');
}

function sectionPaths(): string[] {
  const corpus = JSON.parse(readFileSync(join(DIST, 'data', 'corpus.json'), 'utf8')) as Corpus;
  return EDITIONS.flatMap((edition) =>
    corpus.documents.flatMap((document) => document.sections.map((section) => `/${edition}/${document.id}/${section.number}/`)),
  );
}

/** A module script and every module it imports statically (not with import()), each once: what loads before interaction. */
function scriptClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(DIST, url), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/gu))
      visit(posix.join(dirname(url), specifier!));
  };
  entries.forEach(visit);
  return [...seen];
}

export function benchPageBytes() {
  return sectionPaths().map((path) => {
    const html = readFileSync(join(DIST, path, 'index.html'));
    const tree = fromHtml(html.toString('utf8'));
    const asset = (url: string) => readFileSync(join(DIST, url));
    const css = selectAll('link[rel~=stylesheet]', tree).reduce((sum, link) => sum + gzipped(asset(String(link.properties.href))), 0);
    const styles = selectAll('link[rel~=stylesheet]', tree);
    const scripts = scriptClosure(selectAll('script[src]', tree).map((script) => String(script.properties.src)));
    const js = scripts.reduce((sum, url) => sum + gzipped(asset(url)), 0);
    const text = gzipped(selectAll('.reading-text [data-ref]', tree).map(shownText).join('\n'));
    const htmlBytes = gzipped(html);
    const page = htmlBytes + css + js;
    const requests = 1 + styles.length + scripts.length;
    return { path, html: htmlBytes, css, js, requests, page, text, ratio: page / text, htmlRatio: htmlBytes / text };
  });
}
