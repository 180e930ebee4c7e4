/**
 * Links to a passage with the web's text fragments (https://wicg.github.io/scroll-to-text-fragment/):
 * `#p2-5:~:text=[prefix-,]textStart[,textEnd][,-suffix]`. A browser that supports them scrolls to the
 * first match in the page and highlights it; this module reads and writes such fragments, finds a
 * directive's match the way the specification does, and makes the directive of a passage whose first
 * match is that passage, adding context before and after it where the passage occurs earlier.
 */

export interface TextDirective {
  prefix?: string;
  textStart: string;
  textEnd?: string;
  suffix?: string;
}

/**
 * A page's text as the browser searches it: its blocks (paragraphs, columns, notes) separated by a line
 * feed, and where its words begin and end (Intl.Segmenter in the browser).
 */
export interface SearchText {
  text: string;
  isBoundary: (index: number) => boolean;
}

export interface Span {
  start: number;
  end: number;
}

/** A block of the page: its text and its language, which decides where its words begin and end. */
export interface TextBlock {
  text: string;
  lang: string;
}

/**
 * The page's blocks as one searchable text, each block's start in it, and its word boundaries found
 * by Intl.Segmenter in each block's language (the browser finds them the same way). Without
 * Intl.Segmenter every position counts as a boundary.
 */
export function searchText(blocks: readonly TextBlock[]): SearchText & { blockStarts: number[] } {
  const blockStarts: number[] = [];
  const boundaries = new Set<number>();
  let offset = 0;
  const segmenters = new Map<string, Intl.Segmenter>();
  for (const { text, lang } of blocks) {
    blockStarts.push(offset);
    if (typeof Intl.Segmenter === 'function') {
      if (!segmenters.has(lang)) segmenters.set(lang, new Intl.Segmenter(lang || undefined, { granularity: 'word' }));
      for (const { index } of segmenters.get(lang)!.segment(text)) boundaries.add(offset + index);
    } else for (let at = 0; at < text.length; at += 1) boundaries.add(offset + at);
    boundaries.add(offset + text.length);
    offset += text.length + 1;
  }
  return {
    text: blocks.map((block) => block.text).join('\n'),
    isBoundary: (index) => boundaries.has(index),
    blockStarts,
  };
}

/**
 * A term is percent-encoded, with the characters that separate terms (- , &) encoded too, and the
 * brackets and quotes that would end a link in Markdown or in running text.
 */
const encodeTerm = (term: string) =>
  encodeURIComponent(term).replace(/[-()'!*]/gu, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);

function decodeTerm(term: string): string | undefined {
  try {
    return decodeURIComponent(term);
  } catch {
    return undefined;
  }
}

export function formatTextDirective({ prefix, textStart, textEnd, suffix }: TextDirective): string {
  const terms = [
    prefix === undefined ? undefined : `${encodeTerm(prefix)}-`,
    encodeTerm(textStart),
    textEnd === undefined ? undefined : encodeTerm(textEnd),
    suffix === undefined ? undefined : `-${encodeTerm(suffix)}`,
  ];
  return `text=${terms.filter((term) => term !== undefined).join(',')}`;
}

/** One directive, `text=…`; undefined if it is not a well-formed text directive. */
export function parseTextDirective(directive: string): TextDirective | undefined {
  if (!directive.startsWith('text=')) return undefined;
  const terms = directive.slice('text='.length).split(',');
  const prefix = terms.length > 1 && terms[0]!.endsWith('-') ? decodeTerm(terms.shift()!.slice(0, -1)) : undefined;
  const suffix = terms.length > 1 && terms.at(-1)!.startsWith('-') ? decodeTerm(terms.pop()!.slice(1)) : undefined;
  if (terms.length < 1 || terms.length > 2) return undefined;
  const [textStart, textEnd] = terms.map(decodeTerm);
  if (!textStart || (terms.length === 2 && !textEnd) || prefix === '' || suffix === '') return undefined;
  return {
    ...(prefix !== undefined && { prefix }),
    textStart,
    ...(textEnd !== undefined && { textEnd }),
    ...(suffix !== undefined && { suffix }),
  };
}

/** The element id and the text directives of a URL or of its fragment: …#p2-5:~:text=… → p2-5 and the directive. */
export function parseFragment(urlOrFragment: string): { id: string; directives: TextDirective[] } {
  const hash = urlOrFragment.includes('#') ? urlOrFragment.slice(urlOrFragment.indexOf('#') + 1) : urlOrFragment;
  const at = hash.indexOf(':~:');
  const id = decodeTerm(at === -1 ? hash : hash.slice(0, at)) ?? '';
  const directives =
    at === -1
      ? []
      : hash
          .slice(at + ':~:'.length)
          .split('&')
          .map(parseTextDirective)
          .filter((directive): directive is TextDirective => directive !== undefined);
  return { id, directives };
}

/** The fragment of a passage link: `p2-5:~:text=…`. */
export function passageFragment(id: string, directive: TextDirective): string {
  return `${id}:~:${formatTextDirective(directive)}`;
}

const isWhitespace = (character: string | undefined) => character !== undefined && /\s/u.test(character);

/**
 * The first match of a directive in a text, by the specification's algorithm: case-insensitive, the
 * whole match (prefix to suffix) starting and ending on word boundaries, only white space between the
 * prefix and the passage and between the passage and the suffix. A term never spans two blocks; the
 * white space between terms may, so that this finds every match a browser could find.
 */
export function findPassage(search: SearchText, directive: TextDirective): Span | undefined {
  // Case is folded where folding keeps every index in place.
  const lower = search.text.toLowerCase();
  const foldable = lower.length === search.text.length;
  const text = foldable ? lower : search.text;
  const fold = (term: string) => (foldable ? term.toLowerCase() : term);
  const textStart = fold(directive.textStart);
  const [prefix, textEnd, suffix] = [directive.prefix, directive.textEnd, directive.suffix].map((term) =>
    term === undefined ? undefined : fold(term),
  );
  const find = (term: string, from: number, startBounded: boolean, endBounded: boolean): number => {
    for (let at = text.indexOf(term, from); at !== -1; at = text.indexOf(term, at + 1)) {
      if (text.slice(at, at + term.length).includes('\n')) continue;
      if (startBounded && !search.isBoundary(at)) continue;
      if (endBounded && !search.isBoundary(at + term.length)) continue;
      return at;
    }
    return -1;
  };
  const skipWhitespace = (from: number) => {
    let at = from;
    while (isWhitespace(text[at])) at += 1;
    return at;
  };
  const termAt = (term: string, at: number, endBounded: boolean) =>
    text.startsWith(term, at) && !term.includes('\n') && (!endBounded || search.isBoundary(at + term.length));

  let from = 0;
  while (from < text.length) {
    let start: number;
    const passageEndBounded = textEnd === undefined && suffix === undefined;
    if (prefix !== undefined) {
      const prefixAt = find(prefix, from, true, false);
      if (prefixAt === -1) return undefined;
      from = prefixAt + 1;
      start = skipWhitespace(prefixAt + prefix.length);
      if (!termAt(textStart, start, passageEndBounded)) continue;
    } else {
      start = find(textStart, from, true, passageEndBounded);
      if (start === -1) return undefined;
      from = start + 1;
    }
    let end = start + textStart.length;
    let searchEndFrom = end;
    for (;;) {
      if (textEnd !== undefined) {
        const endAt = find(textEnd, searchEndFrom, true, suffix === undefined);
        if (endAt === -1) return undefined;
        end = endAt + textEnd.length;
      }
      if (suffix === undefined) return { start, end };
      const suffixAt = skipWhitespace(end);
      if (termAt(suffix, suffixAt, true)) return { start, end };
      if (textEnd === undefined) break;
      searchEndFrom = end;
    }
  }
  return undefined;
}

/** Longer passages are addressed by their first and last words (textStart,textEnd) rather than in full. */
const LONG_PASSAGE = 80;
const ENDS = 24;
const MAX_CONTEXT = 12;

/**
 * The directive whose first match in the page is exactly the passage [start, end) of one block
 * [blockStart, blockEnd]: the passage itself, or its first and last words if it is long, with as
 * little context before and after it as makes it so. A passage that starts or ends inside a word is
 * kept as selected, the rest of the word given as context. Undefined if no context within the block
 * makes the passage the first match.
 */
export function makeTextDirective(search: SearchText, passage: Span, block: Span): TextDirective | undefined {
  const { text, isBoundary } = search;
  let { start, end } = passage;
  while (start < end && isWhitespace(text[start])) start += 1;
  while (end > start && isWhitespace(text[end - 1])) end -= 1;
  if (start === end) return undefined;

  const boundaries: number[] = [];
  for (let at = block.start; at <= block.end; at += 1) if (isBoundary(at)) boundaries.push(at);
  // Context is whole words: from a boundary before the passage, to a boundary after it.
  const prefixes = boundaries
    .filter((at) => at < start)
    .reverse()
    .map((at) => text.slice(at, start).trimEnd())
    .filter((prefix, index, all) => prefix !== '' && !isWhitespace(prefix[0]) && all.indexOf(prefix) === index)
    .slice(0, MAX_CONTEXT);
  const suffixes = boundaries
    .filter((at) => at > end)
    .map((at) => text.slice(end, at).trimStart())
    .filter((suffix, index, all) => suffix !== '' && !isWhitespace(suffix.at(-1)) && all.indexOf(suffix) === index)
    .slice(0, MAX_CONTEXT);

  const forms: Pick<TextDirective, 'textStart' | 'textEnd'>[] = [];
  if (end - start > LONG_PASSAGE) {
    const head = boundaries.find((at) => at >= start + ENDS && at < end - ENDS);
    const tail = [...boundaries].reverse().find((at) => at <= end - ENDS && head !== undefined && at > head);
    if (head !== undefined && tail !== undefined)
      forms.push({ textStart: text.slice(start, head).trimEnd(), textEnd: text.slice(tail, end).trimStart() });
  }
  forms.push({ textStart: text.slice(start, end) });

  const needPrefix = !isBoundary(start);
  const needSuffix = !isBoundary(end);
  const options: [number, number][] = [];
  for (let p = needPrefix ? 1 : 0; p <= prefixes.length; p += 1)
    for (let s = needSuffix ? 1 : 0; s <= suffixes.length; s += 1) options.push([p, s]);
  options.sort((a, b) => a[0] + a[1] - (b[0] + b[1]) || a[0] - b[0]);

  for (const form of forms) {
    for (const [p, s] of options) {
      const directive: TextDirective = {
        ...(p > 0 && { prefix: prefixes[p - 1]! }),
        ...form,
        ...(s > 0 && { suffix: suffixes[s - 1]! }),
      };
      const match = findPassage(search, directive);
      if (match?.start === start && match.end === end) return directive;
    }
  }
  return undefined;
}
