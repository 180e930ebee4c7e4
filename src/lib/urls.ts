/**
 * Every address of the site, in one place. The site can be published under a path of its host
 * (BASE_PATH=/reader/ npm run build): every link, asset, search index and data file is made here,
 * under that base. SITE_URL is the host it is published at, for canonical URLs, Open Graph and the
 * sitemap; a build without it writes no absolute address of the site at all (no canonical link, no
 * sitemap; hreflang and the open data give paths), rather than one that points at a preview.
 */
import type { DocumentId } from './split/model';

/** '/' or '/reader/': always with a slash at each end. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/gu, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function configuredBase(): string {
  // At build time (the Astro config, the pages, the scripts) BASE_PATH is read from the environment;
  // the browser code has no environment, and Vite writes the base into it as BASE_URL.
  const node = typeof process === 'undefined' ? undefined : process.env.BASE_PATH;
  const vite = (import.meta as ImportMeta & { env?: { BASE_URL?: string } }).env?.BASE_URL;
  return normalizeBase(node ?? vite ?? '/');
}

export const BASE = configuredBase();

export const SITE_URL: string | undefined = (typeof process === 'undefined' ? undefined : process.env.SITE_URL) || undefined;

/** An address on the site, from a path relative to the base: site('zh-hans/glossary/') → /reader/zh-hans/glossary/. */
export function site(path = ''): string {
  return `${BASE}${path.replace(/^\/+/u, '')}`;
}

/** The address to publish: absolute on the site's host where SITE_URL is known, else the path under the base. */
export function publicUrl(path: string): string {
  return SITE_URL ? new URL(path, SITE_URL).href : path;
}

export const paths = {
  home: (edition: string) => site(`${edition}/`),
  section: (edition: string, document: DocumentId, section: number) => site(`${edition}/${document}/${section}/`),
  glossary: (edition: string) => site(`${edition}/glossary/`),
  glossaryEntry: (edition: string, id: string) => site(`${edition}/glossary/#${id}`),
  glossaryData: (edition: string) => site(`${edition}/glossary.json`),
  search: (edition: string) => site(`${edition}/search/`),
  apparatus: (edition: string) => site(`${edition}/apparatus/`),
  notFound: (edition: string) => site(`${edition}/404/`),
  searchIndex: () => site('pagefind/'),
  searchTexts: (script: string) => site(`search/${script}.json`),
  searchNames: () => site('search/names.json'),
  searchCard: (edition: string, id: string) => site(`search/cards/${edition}/${id}.json`),
  scriptTable: () => site('search/traditional-to-simplified.json'),
  openData: (file: string) => site(`data/${file}`),
  favicon: () => site('favicon.svg'),
  noScriptStyles: () => site('no-script.css'),
  sitemap: () => site('sitemap.xml'),
};

/** The same page in another edition: /reader/zh-hans/statement/2/#p2-5 → /reader/en/statement/2/#p2-5. */
export function inEdition(url: string, edition: string): string {
  return url.startsWith(BASE) ? site(url.slice(BASE.length).replace(/^[^/]+\//u, `${edition}/`)) : url;
}

/** The edition an address on the site belongs to: /reader/zh-hant/statement/2/ → zh-hant. */
export function editionOf(url: string): string | undefined {
  return url.startsWith(BASE) ? /^([^/#?]+)\//u.exec(url.slice(BASE.length))?.[1] : undefined;
}

/** The edition and entry a glossary link names: /reader/en/glossary/#un-charter → { edition: 'en', id: 'un-charter' }. */
export function glossaryEntryOf(url: string): { edition: string; id: string } | undefined {
  const match = url.startsWith(BASE) ? /^([^/]+)\/glossary\/#(.+)$/u.exec(url.slice(BASE.length)) : null;
  return match ? { edition: match[1]!, id: decodeURIComponent(match[2]!) } : undefined;
}
