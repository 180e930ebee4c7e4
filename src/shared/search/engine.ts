/**
 * The search itself, apart from the page and the network: given a query and what the search has
 * loaded, it asks the index for candidates, checks each against its text, and returns exactly the
 * paragraphs that match, with the matched words marked; the glossary entries the query names, with
 * every paragraph where they occur; and a reference the query names. The browser (src/client/search.ts)
 * and the tests use it alike.
 */
import { compareRefs, parseRef } from '../references';
import type { DocumentId } from '../../lib/split/model';
import { matchEnglish, parseEnglishQuery, englishQueryTokens, type Lexicon } from './english';
import { findMatches, toSimplifiedCharacters, type ScriptTable } from './exact-match';
import { namedEntries, type SearchName } from './names';
import { chineseQueryText, cleanQuery, isChineseQuery } from './query';
import { parseReferenceQuery, type ReferenceQuery } from './reference-query';
import type { SearchParagraph } from '../contracts';
import { queryCharacterTokens } from './tokens';

export interface TextsOf {
  script: 'zh-hans' | 'zh-hant' | 'en';
  paragraphs: readonly SearchParagraph[];
  lexicon?: Lexicon | undefined;
}

/** What a search needs, loaded on demand: the texts of a script, the glossary's names, the Traditional table, the index. */
export interface SearchSources {
  /** The Chinese texts of the reader's edition (Traditional in the Traditional edition), or the English texts with the lexicon. */
  texts(script: 'chinese' | 'english'): Promise<TextsOf>;
  names(): Promise<readonly SearchName[]>;
  /** Traditional → Simplified, for a query or a text in Traditional script. */
  table(): Promise<ScriptTable>;
  /** The ids of the paragraphs that have every one of `all`: each a list of tokens, any one of which will do. */
  candidates(all: readonly (readonly string[])[]): Promise<Set<string>>;
  /** The script the reader's edition is in: a name typed in letters lists its places in it. */
  reader: 'chinese' | 'english';
}

export interface SearchHit {
  ref: string;
  document: DocumentId;
  section: number;
  text: string;
  /** Where the matched words are in `text` (UTF-16 offsets). */
  spans: { start: number; end: number }[];
  /** The matched words as the paragraph shows them, to highlight after the jump. */
  words: string[];
  script: 'chinese' | 'english';
}

export interface SearchOutcome {
  query: string;
  reference?: ReferenceQuery;
  entries: SearchName[];
  hits: SearchHit[];
  /** The paragraphs whose own text matches the query (the rest were found through a named entry). */
  textRefs: Set<string>;
  /** The script the results are in. */
  script: SearchHit['script'];
}

/** Code point offsets (as exact-match counts) to UTF-16 offsets (as the DOM and the English matcher count). */
function utf16Spans(text: string, matches: readonly { start: number; end: number }[]) {
  const offsets: number[] = [0];
  for (const character of text) offsets.push(offsets.at(-1)! + character.length);
  return matches.map(({ start, end }) => ({ start: offsets[start]!, end: offsets[end]! }));
}

function hit(
  paragraph: Pick<SearchParagraph, 'ref' | 'text'>,
  spans: { start: number; end: number }[],
  script: SearchHit['script'],
): SearchHit {
  const { document, section } = parseRef(paragraph.ref)!;
  const words = [...new Set(spans.map(({ start, end }) => paragraph.text.slice(start, end)))];
  return { ref: paragraph.ref, document, section, text: paragraph.text, spans, words, script };
}

/** Spans in text order, a span inside or across an earlier one left out. */
function nonOverlapping(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  return [...spans]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((span, index, all) => index === 0 || span.start >= all[index - 1]!.end);
}

/** Every occurrence of any of the forms in the text, as spans. */
function formSpans(text: string, forms: readonly string[]): { start: number; end: number }[] {
  return forms.flatMap((form) => {
    const found: { start: number; end: number }[] = [];
    for (let at = text.indexOf(form); form !== '' && at !== -1; at = text.indexOf(form, at + form.length))
      found.push({ start: at, end: at + form.length });
    return found;
  });
}

/** Merges the paragraphs of the text matches and of the named entries' occurrences, in reading order. */
function merge(hits: readonly SearchHit[]): SearchHit[] {
  const byRef = new Map<string, SearchHit>();
  for (const found of hits) {
    const known = byRef.get(found.ref);
    if (!known) byRef.set(found.ref, found);
    else if (known.script === found.script) {
      byRef.set(found.ref, hit(known, nonOverlapping([...known.spans, ...found.spans]), known.script));
    }
  }
  return [...byRef.values()].sort((a, b) => compareRefs(a.ref, b.ref));
}

export async function search(raw: string, sources: SearchSources): Promise<SearchOutcome> {
  const query = cleanQuery(raw);
  const reference = parseReferenceQuery(query);
  const chineseQuery = isChineseQuery(query);
  const outcome: SearchOutcome = {
    query,
    ...(reference && { reference }),
    entries: [],
    hits: [],
    textRefs: new Set(),
    script: chineseQuery ? 'chinese' : 'english',
  };
  if (query === '') return outcome;

  if (chineseQuery) {
    const chinese = chineseQueryText(query);
    const [texts, names] = await Promise.all([sources.texts('chinese'), sources.names()]);
    // The Traditional table is needed for Traditional texts, and for a query with a character the Simplified texts do not have.
    const characters = new Set(texts.paragraphs.flatMap((paragraph) => [...paragraph.text]));
    const table = texts.script === 'zh-hant' || [...chinese].some((character) => !characters.has(character)) ? await sources.table() : {};
    const simplified = toSimplifiedCharacters(chinese, table).join('');
    const ids = await sources.candidates(queryCharacterTokens(simplified).map((token) => [token]));
    const textHits = texts.paragraphs.flatMap((paragraph) => {
      if (!ids.has(paragraph.id)) return [];
      const matches = findMatches(paragraph.text, chinese, table);
      return matches.length === 0 ? [] : [hit(paragraph, utf16Spans(paragraph.text, matches), 'chinese')];
    });
    const entries = namedEntries(chinese, simplified, names);
    outcome.entries = entries;
    outcome.textRefs = new Set(textHits.map((found) => found.ref));
    outcome.hits = merge([...textHits, ...entryHits(entries, texts, table)]);
    return outcome;
  }

  const [texts, names] = await Promise.all([sources.texts('english'), sources.names()]);
  const lexicon = texts.lexicon ?? {};
  const parsed = parseEnglishQuery(query);
  const textHits: SearchHit[] = [];
  if (parsed.terms.length > 0) {
    const ids = await sources.candidates(englishQueryTokens(parsed, lexicon));
    for (const paragraph of texts.paragraphs) {
      if (!ids.has(paragraph.id)) continue;
      const spans = matchEnglish(paragraph.text, parsed, lexicon);
      if (spans) textHits.push(hit(paragraph, spans, 'english'));
    }
  }
  const entries = namedEntries(query, query, names, lexicon);
  outcome.entries = entries;
  outcome.textRefs = new Set(textHits.map((found) => found.ref));
  if (textHits.length === 0 && entries.length > 0 && sources.reader === 'chinese') {
    // A name in letters that no English word matches (pinyin, Russian): its places in the reader's Chinese text.
    const chinese = await sources.texts('chinese');
    const table = chinese.script === 'zh-hant' ? await sources.table() : {};
    outcome.script = 'chinese';
    outcome.hits = merge(entryHits(entries, chinese, table));
    return outcome;
  }
  outcome.hits = merge([...textHits, ...entryHits(entries, texts, {})]);
  return outcome;
}

/** Every paragraph where a named entry occurs, in the script of the search, its forms there marked (in either Chinese script, through the table). */
function entryHits(entries: readonly SearchName[], texts: TextsOf, table: ScriptTable): SearchHit[] {
  const script = texts.script === 'en' ? 'english' : 'chinese';
  const byRef = new Map(texts.paragraphs.map((paragraph) => [paragraph.ref, paragraph]));
  return entries.flatMap((entry) =>
    entry.refs[script].flatMap((ref) => {
      const paragraph = byRef.get(ref);
      if (!paragraph) return [];
      const spans =
        script === 'english'
          ? formSpans(paragraph.text, entry.english)
          : entry.chinese.flatMap((form) => utf16Spans(paragraph.text, findMatches(paragraph.text, form, table)));
      return [hit(paragraph, nonOverlapping(spans), script)];
    }),
  );
}
