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
  const escape = (text: string) => text.replace(/([\\`*_[\]<>])/gu, '\\$1');
  return `${quote(escape(chinese))}\n>\n${quote(`${escape(english)} *(${translationLabel})*`)}\n\n— *${escape(documentTitle)}*, [${ref}](${url})`;
}
