/** The language editions of the site. Every edition has the same documents, sections and paragraphs. */
export const EDITIONS = ['zh-hans'] as const;
export type Edition = (typeof EDITIONS)[number];

export interface EditionInfo {
  /** BCP 47 language tag, for lang and hreflang. */
  lang: string;
  /** The edition's name in its own language. */
  name: string;
}

export const EDITION_INFO: Record<Edition, EditionInfo> = {
  'zh-hans': { lang: 'zh-Hans', name: '简体中文' },
};

export function isEdition(value: string): value is Edition {
  return (EDITIONS as readonly string[]).includes(value);
}
