/**
 * The language editions of the site. Every edition has the same documents, sections and paragraphs,
 * so one paragraph reference addresses the same paragraph in each.
 */
export const EDITIONS = ['zh-hans', 'zh-hant', 'en'] as const;
export type Edition = (typeof EDITIONS)[number];

/** The edition printed in the source; the others are derived from it. */
export const SOURCE_EDITION: Edition = 'zh-hans';

export interface EditionInfo {
  /** BCP 47 language tag, for lang and hreflang. */
  lang: string;
  /** The edition's name in its own language. */
  name: string;
  /** The edition shown beside this one in the parallel view. */
  companion: Edition;
  /** Open Graph locale. */
  ogLocale: string;
}

export const EDITION_INFO: Record<Edition, EditionInfo> = {
  'zh-hans': { lang: 'zh-Hans', name: '简体中文', companion: 'en', ogLocale: 'zh_CN' },
  'zh-hant': { lang: 'zh-Hant', name: '繁體中文', companion: 'en', ogLocale: 'zh_TW' },
  en: { lang: 'en', name: 'English', companion: 'zh-hans', ogLocale: 'en_GB' },
};

export function isChinese(edition: Edition): boolean {
  return edition !== 'en';
}

/** The same page in every edition: its address in each, given how an edition's address is made. */
export function inEveryEdition(path: (edition: Edition) => string): Record<Edition, string> {
  return Object.fromEntries(EDITIONS.map((edition) => [edition, path(edition)])) as Record<Edition, string>;
}
