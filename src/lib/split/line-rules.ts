/**
 * Rules that classify one printed line. They are the whole of the splitter's knowledge of the page's
 * typography, kept together so that the structure is found by rule and never by line number.
 */

/** Punctuation that can close a printed paragraph; a body line ending otherwise was cut by the layout. */
const CLOSING_PUNCTUATION = /[。！？：；…”’」』）]$/u;

/** Punctuation found inside sentences but never inside a headline or subheading. */
const SENTENCE_PUNCTUATION = /[。，、；：！？“”]/u;

/** The longest line still taken as a subheading; longer unpunctuated lines are broken paragraphs. */
const SUBHEADING_MAX_LENGTH = 30;

/** The marker by which a newspaper sends the reader to another page, e.g. （下转第三版）. */
const CONTINUATION_MARKER = /^（下转第[一二三四五六七八九十\d]+版）$/u;

/** A Xinhua credit line closing the last paragraph of a report, e.g. （新华社莫斯科5月8日电 新华社记者）. */
const DATELINE = /（新华社[^（）]*电[^（）]*）$/u;

/** The printed lead-in of a listed item or of a subtitle. */
export const DASH_LEAD = '——';

export function endsParagraph(text: string): boolean {
  return CLOSING_PUNCTUATION.test(text);
}

export function isSubheading(text: string): boolean {
  return (
    !endsParagraph(text) && !SENTENCE_PUNCTUATION.test(text) && !text.startsWith(DASH_LEAD) && [...text].length <= SUBHEADING_MAX_LENGTH
  );
}

export function isContinuationMarker(text: string): boolean {
  return CONTINUATION_MARKER.test(text);
}

/** Splits a paragraph that ends with a Xinhua dateline into the paragraph and the dateline. */
export function splitDateline(text: string): { body: string; dateline: string } | undefined {
  const match = DATELINE.exec(text);
  if (!match) return undefined;
  return { body: text.slice(0, match.index), dateline: match[0] };
}
