export interface CitationParts {
  /** The Chinese text of the paragraph, as the edition shows it. */
  chinese: string;
  english: string;
  ref: string;
  documentTitle: string;
  url: string;
  /** The words that mark the English as the site's own, unofficial translation. */
  translationLabel: string;
}

const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>])/gu, '\\$1');

/** A paragraph cited as plain text: the Chinese, the English, then where it is from. */
export function citationText({ chinese, english, ref, documentTitle, url, translationLabel }: CitationParts): string {
  return `${chinese}\n\n${english} (${translationLabel})\n\n${documentTitle}, ${ref}. ${url}`;
}

/** The same citation in Markdown: both texts quoted, the source as a link. */
export function citationMarkdown({ chinese, english, ref, documentTitle, url, translationLabel }: CitationParts): string {
  const quote = (text: string) =>
    text
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
  return `${quote(escapeMarkdown(chinese))}\n>\n${quote(`${escapeMarkdown(english)} *(${translationLabel})*`)}\n\n— *${escapeMarkdown(documentTitle)}*, [${ref}](${url})`;
}

export interface PassageCitationParts {
  /** The passage, as selected, in the language the reader selected it in. */
  passage: string;
  ref: string;
  /** The title of the document in the passage's language. */
  documentTitle: string;
  /** The link to the passage (a text fragment). */
  url: string;
  /** For a passage of the English translation: the words that mark it as unofficial. */
  translationLabel?: string | undefined;
  /** The passage's language (BCP 47): a Traditional passage is quoted with corner quotes, as Taiwan writes. */
  lang?: string | undefined;
}

/** A passage cited as plain text: the passage quoted, then where it is from. */
export function passageCitationText({ passage, ref, documentTitle, url, translationLabel, lang }: PassageCitationParts): string {
  const [open, close] = lang === 'zh-Hant' ? ['「', '」'] : ['“', '”'];
  return `${open}${passage}${close}${translationLabel ? ` (${translationLabel})` : ''}\n\n${documentTitle}, ${ref}. ${url}`;
}

/** The same citation in Markdown: the passage quoted, the reference a link to the passage. */
export function passageCitationMarkdown({ passage, ref, documentTitle, url, translationLabel }: PassageCitationParts): string {
  const label = translationLabel ? ` *(${translationLabel})*` : '';
  return `> ${escapeMarkdown(passage).split('\n').join('\n> ')}${label}\n\n— *${escapeMarkdown(documentTitle)}*, [${ref}](${url})`;
}
