/**
 * What the built pages and the browser code (src/client/) agree on, declared once: the JSON files the
 * browser fetches, the classes and data attributes of the markup it works on, and the one payload of
 * strings and facts each page hands it. The build writes these shapes (src/pages/, src/markdown/,
 * src/lib/); the browser reads them; neither spells them out again. Their addresses are in urls.ts.
 */
import type { SearchCard, SearchName } from './search/names';
import type { ScriptTable } from './search/exact-match';

export type { SearchCard, SearchName, ScriptTable };

export type EditionId = 'zh-hans' | 'zh-hant' | 'en';
export type DocumentKey = 'statement' | 'report';

// The JSON files the browser fetches.

/** A place where a glossary entry occurs: a paragraph and its address in the edition. */
export interface GlossaryOccurrenceData {
  ref: string;
  document: DocumentKey;
  section: number;
  count: number;
  href: string;
}

/** One entry of `<edition>/glossary.json` (paths.glossaryData), in the edition's script and language. */
export interface GlossaryEntryData {
  kind: string;
  /** The term in the edition's script (for the English edition, the English name). */
  title: string;
  /** The Chinese term in the edition's script (Simplified for the English edition). */
  chinese: string;
  /** Other Chinese forms, in the same script. */
  forms: string[];
  /** The published form where the print misprints the term, in the same script. */
  published?: string;
  pinyin: string;
  english: string;
  russian?: string;
  /** Other institutions with a like name, which the entry is not: their name and what they are, in the edition's language. */
  distinctFrom?: { name: string; russian?: string; note: string }[];
  explanation: string;
  related: { id: string; title: string }[];
  occurrences: GlossaryOccurrenceData[];
}

/** `<edition>/glossary.json`: the edition's glossary by entry id, fetched on a reader's first use of a term. */
export type GlossaryData = Record<string, GlossaryEntryData>;

/** A paragraph as the search shows it: its reference, the index's id for it, and its text in one script. */
export interface SearchParagraph {
  ref: string;
  id: string;
  text: string;
}

/** `search/<script>.json` (paths.searchTexts): the texts of one script; the English one also carries the lexicon. */
export interface SearchTexts {
  script: EditionId;
  paragraphs: SearchParagraph[];
  /** The English lexicon, encoded (encodeLexicon). */
  lexicon?: string;
}

/** `search/names.json` (paths.searchNames) is a SearchName[]; `search/cards/<edition>/<id>.json` a SearchCard; `search/script-table.json` a ScriptTable. */
export type SearchNamesData = SearchName[];

// The markup both sides use.

/** Classes the build writes and the browser code finds. */
export const CLASSES = {
  /** The container of a section's text. */
  readingText: 'reading-text',
  /** A paragraph's two columns: the edition's own text, and the other language beside it. */
  primary: 'primary',
  companion: 'companion',
  /** A paragraph's reference number, a link to the paragraph. */
  ref: 'ref',
  /** A glossary term: a link to its entry, which opens the popover. */
  term: 'term',
  /** A term of the terminology marked in both columns (its id in data-align). */
  aligned: 'aligned',
  /** Notes inside a paragraph, which are not its text. */
  editorialNote: 'editorial-note',
  seeAlso: 'see-also',
  translatorNote: 'translator-note',
  /** A paragraph's buttons: copy its link, cite it. */
  copyLink: 'copy-link',
  cite: 'cite',
  /** The tools offered below a selected passage (made in the browser, skipped when reading the text). */
  passageTools: 'passage-tools',
  /** The paragraph a link landed on. */
  landed: 'landed',
} as const;

/** Data attributes the build writes and the browser code reads, by their name after `data-`. */
export const DATA = {
  /** A paragraph's reference (2.5, R1.2): on each addressed paragraph or list item. */
  ref: 'ref',
  /** The id of an aligned term of the terminology, the same in both columns. */
  align: 'align',
  /** The links of the edition switcher, which take the reader's place along. */
  editionLink: 'edition-link',
  /** The format a citation menu item copies: text or markdown. */
  format: 'format',
} as const;

type DataKey = (typeof DATA)[keyof typeof DATA];

/** The attribute's name in HTML: ref → data-ref. */
export const dataAttribute = (key: DataKey) => `data-${key}` as const;
/** A selector for the elements that have it: ref → [data-ref]. */
export const dataSelector = (key: DataKey) => `[data-${key}]` as const;
/** Its name as a hast property (and as a key of `dataset`, after `data`): edition-link → dataEditionLink. */
export const hastData = (key: DataKey) => `data${key.replace(/(?:^|-)([a-z])/gu, (_, letter: string) => letter.toUpperCase())}`;

/** Selectors the browser code composes from the classes and attributes. */
export const SELECTORS = {
  readingText: `.${CLASSES.readingText}`,
  paragraph: dataSelector(DATA.ref),
  columns: `.${CLASSES.primary}, .${CLASSES.companion}`,
  notes: `.${CLASSES.editorialNote}, .${CLASSES.seeAlso}, .${CLASSES.translatorNote}`,
  term: `a.${CLASSES.term}`,
  refLink: `a.${CLASSES.ref}`,
  paragraphButtons: `button.${CLASSES.copyLink}, button.${CLASSES.cite}`,
  passageTools: `.${CLASSES.passageTools}`,
  editionLink: `a${dataSelector(DATA.editionLink)}`,
  citeFormat: `button${dataSelector(DATA.format)}`,
} as const;

// The payload each page hands its scripts: one <script type="application/json" id="page-data">.

export const PAGE_DATA_ID = 'page-data';

/** What a section page's scripts say and need: the copy and citation tools, the passage tools, the glossary popover. */
export interface SectionPageData {
  page: 'section';
  /** The column that holds the Chinese text (the companion in the English edition). */
  chineseSide: 'primary' | 'companion';
  copy: {
    linkCopied: string;
    copyFailed: string;
    cited: string;
    /** The label of the English in a citation (an unofficial translation), in English whatever the edition. */
    translationLabel: string;
  };
  passage: {
    tools: string;
    copy: string;
    copied: string;
    cite: string;
    citeMenu: string;
    cited: string;
    notLinkable: string;
  };
  popover: {
    occurrences: string;
    here: string;
    glossary: string;
    close: string;
  };
}

/** A section as a search names it, with its paragraph count (for a reference typed as a query). */
export interface SearchSectionData {
  document: DocumentKey;
  section: number;
  paragraphs: number;
  label: string;
  /** Its short name: II, R3, or the preamble's. */
  short: string;
}

/** A string with a form for each plural category a count may need (Chinese needs only `other`). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** What the search page's script says and needs. */
export interface SearchPageData {
  page: 'search';
  edition: EditionId;
  lang: string;
  sections: SearchSectionData[];
  documentNames: Record<DocumentKey, string>;
  labels: {
    prompt: string;
    searching: string;
    noResults: string;
    reference: string;
    failed: string;
    jumpParagraph: string;
    jumpSection: string;
    bySection: string;
    entry: string;
    glossaryMore: string;
    russian: string;
  };
  count: {
    contain: PluralForms;
    match: PluralForms;
    mention: PluralForms;
    alsoAs: string;
    alsoAsForm: string;
    entry: PluralForms;
    join: string;
    end: string;
  };
}

export type PageData = SectionPageData | SearchPageData;

/** The payload as the text of its script element: JSON that cannot close the element early. */
export function pageDataJson(data: PageData): string {
  return JSON.stringify(data).replace(/</gu, '\\u003c');
}
