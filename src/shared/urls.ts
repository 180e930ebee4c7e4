/**
 * Every address of the site, in one place. The site can be published under a path of its host
 * (BASE_PATH=/reader/ npm run build): every link, asset, search index and data file is made here,
 * under that base. SITE_URL is the host it is published at, for canonical URLs, Open Graph and the
 * sitemap; a build without it writes no absolute address of the site at all (no canonical link, no
 * sitemap; hreflang and the open data give paths), rather than one that points at a preview.
 *
 * The configuration is passed in: astro.config.mjs reads it from the environment (siteConfigFrom) and
 * gives it to Astro, which writes it into the code it builds (import.meta.env), pages and browser code
 * alike; a script outside Astro makes its own addresses with createUrls.
 */
import type { DocumentId } from '../lib/split/model';

/** How a build is published: the path of the site on its host, and the host, if known. */
export interface SiteConfig {
  /** '/' or '/reader/': always with a slash at each end. */
  base: string;
  /** The host the site is published at (https://example.org), or undefined where it is not known. */
  site: string | undefined;
}

/** '/' or '/reader/': always with a slash at each end. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/gu, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A build's configuration from the environment of the command that makes it (BASE_PATH, SITE_URL). */
export function siteConfigFrom(env: Readonly<Record<string, string | undefined>>): SiteConfig {
  return { base: normalizeBase(env.BASE_PATH ?? '/'), site: env.SITE_URL || undefined };
}

export function createUrls({ base, site: host }: SiteConfig) {
  /** An address on the site, from a path relative to the base: site('zh-hans/glossary/') → /reader/zh-hans/glossary/. */
  const site = (path = '') => `${base}${path.replace(/^\/+/u, '')}`;
  return {
    BASE: base,
    SITE_URL: host,
    site,
    /** The address to publish: absolute on the site's host where it is known, else the path under the base. */
    publicUrl: (path: string) => (host ? new URL(path, host).href : path),
    /** A page's canonical address: only a build that knows its host names one, never a preview's. */
    canonicalUrl: (path: string) => (host ? new URL(path, host).href : undefined),
    paths: {
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
    },
    /** The same page in another edition: /reader/zh-hans/statement/2/#p2-5 → /reader/en/statement/2/#p2-5. */
    inEdition: (url: string, edition: string) =>
      url.startsWith(base) ? site(url.slice(base.length).replace(/^[^/]+\//u, `${edition}/`)) : url,
    /** The edition an address on the site belongs to: /reader/zh-hant/statement/2/ → zh-hant. */
    editionOf: (url: string) => (url.startsWith(base) ? /^([^/#?]+)\//u.exec(url.slice(base.length))?.[1] : undefined),
    /** The edition and entry a glossary link names: /reader/en/glossary/#un-charter → { edition: 'en', id: 'un-charter' }. */
    glossaryEntryOf: (url: string) => {
      const match = url.startsWith(base) ? /^([^/]+)\/glossary\/#(.+)$/u.exec(url.slice(base.length)) : null;
      return match ? { edition: match[1]!, id: decodeURIComponent(match[2]!) } : undefined;
    },
  };
}

export type Urls = ReturnType<typeof createUrls>;

/** Astro's configuration as it wrote it into the code it builds (absent outside Astro and Vite). */
const built = (import.meta as ImportMeta & { env?: { BASE_URL?: string; SITE?: string } }).env;

/** The addresses of the site being built, for its pages and its browser code. */
const urls = createUrls({ base: normalizeBase(built?.BASE_URL ?? '/'), site: built?.SITE || undefined });
export default urls;
export const { BASE, SITE_URL, site, publicUrl, canonicalUrl, paths, inEdition, editionOf, glossaryEntryOf } = urls;
