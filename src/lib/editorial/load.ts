import { z } from 'astro/zod';
import { staleFingerprint, type FingerprintStore } from '../fingerprints';
import { compareRefs, paragraphIdOfRef } from '../../shared/references';
import { readYaml } from '../read-yaml';
import { kindProblem } from './kinds';
import {
  collationEntrySchema,
  crossReferenceSchema,
  differenceSchema,
  witnessesFileSchema,
  wordingNoteSchema,
  type CollationEntry,
  type CrossReference,
  type Difference,
  type Source,
  type Witness,
  type WitnessText,
  type WordingNote,
} from './schema';

export const WITNESSES_FILE = 'content/editorial/witnesses.yaml';
export const DIFFERENCES_FILE = 'content/editorial/differences.yaml';
export const WORDING_NOTES_FILE = 'content/editorial/wording-notes.yaml';
export const COLLATION_LOG_FILE = 'content/editorial/collation-log.yaml';
export const CROSS_REFERENCES_FILE = 'content/editorial/cross-references.yaml';

/** The longest quotation of the Russian text an entry may carry: the site quotes it, it does not reproduce it. */
export const RUSSIAN_QUOTE_LIMIT = 160;

export interface Editorial {
  /** How the witness pages were grouped into independent sources. */
  grouping: string;
  sources: Map<string, Source>;
  witnesses: Map<string, Witness>;
  /** In reading order; an entry's number in the apparatus is its index + 1. */
  differences: Difference[];
  wordingNotes: WordingNote[];
  log: CollationEntry[];
  /** In the report's order. */
  crossReferences: CrossReference[];
}

/** What does not hold together across the editorial files: unknown witnesses, a witness cited for the wrong text, entries out of order. */
const WHAT_A_TEXT_IS: Record<WitnessText, string> = {
  this: 'a copy of this text, to be cited as a witness',
  russian: 'the Russian text, to be cited for the sense',
  'russian-translation': 'a translation of the Russian text, to be cited for the sense',
  other: 'another publication, to be cited as a source',
};

export function editorialProblems({ sources, witnesses, differences, wordingNotes, log, crossReferences }: Editorial): string[] {
  const problems: string[] = [];
  const cite = (where: string, id: string, ...texts: WitnessText[]) => {
    const witness = witnesses.get(id);
    if (!witness) problems.push(`${where}: no witness ${id} in ${WITNESSES_FILE}`);
    else if (!texts.includes(witness.text)) problems.push(`${where}: ${id} is ${WHAT_A_TEXT_IS[witness.text]}`);
  };
  const citeRussian = (where: string, citations: readonly { witness: string; quote: string }[]) => {
    for (const { witness, quote } of citations) {
      cite(where, witness, 'russian', 'russian-translation');
      if ([...quote].length > RUSSIAN_QUOTE_LIMIT)
        problems.push(`${where}: the quotation of ${witness} is longer than ${RUSSIAN_QUOTE_LIMIT} characters; quote the Russian short`);
    }
  };
  for (const witness of witnesses.values())
    if (!sources.has(witness.source)) problems.push(`${WITNESSES_FILE}: ${witness.id} names no source ${witness.source}`);
  for (const source of sources.values())
    if (![...witnesses.values()].some((witness) => witness.source === source.id))
      problems.push(`${WITNESSES_FILE}: the source ${source.id} has no witness`);
  const ids = new Set<string>();
  differences.forEach((entry, index) => {
    if (ids.has(entry.id)) problems.push(`${DIFFERENCES_FILE}: ${entry.id} is used twice`);
    ids.add(entry.id);
    const expectedId = paragraphIdOfRef(entry.ref);
    if (!entry.id.startsWith(expectedId) || !/^[a-z]$/u.test(entry.id.slice(expectedId.length)))
      problems.push(`${DIFFERENCES_FILE}: ${entry.id} does not name paragraph ${entry.ref} (expected ${expectedId}a, ${expectedId}b …)`);
    const previous = differences[index - 1];
    if (previous && compareRefs(previous.ref, entry.ref) > 0)
      problems.push(`${DIFFERENCES_FILE}: ${entry.id} comes before ${previous.id} in reading order`);
    for (const { witness } of entry.witnesses) cite(`${DIFFERENCES_FILE}: ${entry.id}`, witness, 'this');
    for (const { witness } of entry.sources) cite(`${DIFFERENCES_FILE}: ${entry.id}`, witness, 'other');
    for (const { witness } of entry.context) cite(`${DIFFERENCES_FILE}: ${entry.id}`, witness, 'other');
    if (entry.russian) citeRussian(`${DIFFERENCES_FILE}: ${entry.id}`, entry.russian.witnesses);
    const kind = kindProblem(entry);
    if (kind) problems.push(`${DIFFERENCES_FILE}: ${kind}`);
  });
  for (const note of wordingNotes) for (const { witness } of note.witnesses) cite(`${WORDING_NOTES_FILE}: ${note.ref}`, witness, 'this');
  for (const entry of log) {
    for (const { witness } of entry.witnesses) cite(`${COLLATION_LOG_FILE}: ${entry.ref}`, witness, 'this');
    const statement = entry.ref === 'title' || /^\d+\.\d+$/u.test(entry.ref);
    if (statement && !entry.russian)
      problems.push(`${COLLATION_LOG_FILE}: ${entry.ref} does not say what its English was compared with the Russian text for`);
    if (!statement && entry.russian)
      problems.push(`${COLLATION_LOG_FILE}: ${entry.ref} is not in the statement, which alone has a Russian text`);
    if (entry.russian) citeRussian(`${COLLATION_LOG_FILE}: ${entry.ref}`, entry.russian.witnesses);
  }
  crossReferences.forEach((link, index) => {
    const previous = crossReferences[index - 1];
    if (previous && compareRefs(previous.report, link.report) >= 0)
      problems.push(
        `${CROSS_REFERENCES_FILE}: ${link.report} comes after ${previous.report}; one entry per report paragraph, in reading order`,
      );
    const repeated = link.statement.filter((ref, at) => link.statement.indexOf(ref) !== at);
    if (repeated.length > 0) problems.push(`${CROSS_REFERENCES_FILE}: ${link.report} names ${repeated.join(', ')} twice`);
  });
  return problems;
}

/** The editorial files, each read through its schema (the split checks them against each other and the text). */
export function readEditorial(): EditorialRecord {
  const { grouping, sources, witnesses } = readYaml(WITNESSES_FILE, witnessesFileSchema);
  return {
    grouping,
    sources,
    witnesses,
    differences: readYaml(DIFFERENCES_FILE, z.array(differenceSchema)),
    wordingNotes: readYaml(WORDING_NOTES_FILE, z.array(wordingNoteSchema)),
    log: readYaml(COLLATION_LOG_FILE, z.array(collationEntrySchema)),
    crossReferences: readYaml(CROSS_REFERENCES_FILE, z.array(crossReferenceSchema)),
  };
}

/** The editorial files as the content model keeps them: lists, as written. */
export interface EditorialRecord extends Omit<Editorial, 'sources' | 'witnesses'> {
  sources: Source[];
  witnesses: Witness[];
}

/** The editorial record with its witnesses and sources looked up by id. */
export function editorialOf(record: EditorialRecord): Editorial {
  return {
    ...record,
    sources: new Map(record.sources.map((source) => [source.id, source])),
    witnesses: new Map(record.witnesses.map((witness) => [witness.id, witness])),
  };
}

/**
 * Whether the notes still fit the printed text: each printed string occurs exactly once in its
 * paragraph, and the paragraph is the one the note was made from (its fingerprint). Returns the
 * problems of each file, each naming the reference and what changed.
 */
export function editorialTextProblems(
  { differences, wordingNotes, crossReferences }: Pick<Editorial, 'differences' | 'wordingNotes' | 'crossReferences'>,
  paragraph: (ref: string) => string | undefined,
  store: FingerprintStore,
): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  const check = (file: string, label: string, entry: { ref: string; printed: string; fingerprint?: string | undefined }) => {
    const add = (problem: string) => problems.set(file, [...(problems.get(file) ?? []), problem]);
    const text = paragraph(entry.ref);
    if (text === undefined) return add(`${label}: there is no paragraph ${entry.ref}`);
    const count = text.split(entry.printed).length - 1;
    if (count !== 1) add(`${label}: «${entry.printed}» occurs ${count} times in paragraph ${entry.ref}, not once`);
    const stale = staleFingerprint(entry.fingerprint, text, store);
    if (stale)
      add(
        `${label} (paragraph ${entry.ref}) ${stale}; review the note and the translation, then run \`npm run fingerprints -- --accept ${entry.ref}\``,
      );
    return undefined;
  };
  for (const entry of differences) check(DIFFERENCES_FILE, entry.id, entry);
  for (const note of wordingNotes) check(WORDING_NOTES_FILE, `the note on ${note.ref}`, note);
  for (const link of crossReferences)
    for (const ref of [link.report, ...link.statement])
      if (paragraph(ref) === undefined)
        problems.set(CROSS_REFERENCES_FILE, [
          ...(problems.get(CROSS_REFERENCES_FILE) ?? []),
          `${link.report}: there is no paragraph ${ref}`,
        ]);
  return problems;
}

/** The headings the collation log has besides the paragraphs: titles, subheadings, byline. */
export const LOG_HEADINGS = ['R-byline', 'R-subtitle', 'R-title', 'R1-heading', 'R2-heading', 'R3-heading', 'title'] as const;

/**
 * Whether every claim shows its evidence: each witness of a published reading quotes the reading (and not
 * the print), a conjecture has no witness and says it is one, a note on a wording quotes it, every page
 * is cited somewhere, and the collation log has every paragraph once, in order, and agrees with the
 * apparatus. `toSimplified` reads a Traditional quotation as Simplified; `paragraphRefs` are the text's.
 */
export function evidenceProblems(
  { witnesses, differences, wordingNotes, log }: Editorial,
  toSimplified: (text: string) => string,
  paragraphRefs: readonly string[],
): string[] {
  const problems: string[] = [];
  // As the witnesses write it: Simplified, and the ASCII punctuation of aggregator copies read as full-width.
  const comparable = (text: string) =>
    toSimplified(text).replace(/,/gu, '，').replace(/;/gu, '；').replace(/:/gu, '：').replace(/\(/gu, '（').replace(/\)/gu, '）');
  for (const entry of differences) {
    if (entry.basis === 'published')
      for (const { witness, quote } of entry.witnesses) {
        if (!comparable(quote).includes(comparable(entry.reading)))
          problems.push(`${DIFFERENCES_FILE}: ${entry.id}: the quotation of ${witness} does not have the reading «${entry.reading}»`);
        if (comparable(quote).includes(comparable(entry.printed)))
          problems.push(`${DIFFERENCES_FILE}: ${entry.id}: the quotation of ${witness} has the print «${entry.printed}»`);
      }
    if (entry.basis === 'conjecture' && !(entry.comment.en.startsWith('Conjecture. ') && entry.comment.zh.startsWith('推测。')))
      problems.push(`${DIFFERENCES_FILE}: ${entry.id}: a conjecture's comment begins “Conjecture.” and “推测。”`);
  }
  for (const note of wordingNotes)
    for (const { witness, quote } of note.witnesses)
      if (!comparable(quote).includes(comparable(note.printed)))
        problems.push(`${WORDING_NOTES_FILE}: ${note.ref}: the quotation of ${witness} does not have «${note.printed}»`);

  const cited = new Set([
    ...differences.flatMap((d) => [...d.witnesses, ...d.sources, ...d.context, ...(d.russian?.witnesses ?? [])].map((c) => c.witness)),
    ...wordingNotes.flatMap((n) => n.witnesses.map((c) => c.witness)),
    ...log.flatMap((e) => [...e.witnesses, ...(e.russian?.witnesses ?? [])].map((c) => c.witness)),
  ]);
  for (const witness of witnesses.values()) if (!cited.has(witness.id)) problems.push(`${WITNESSES_FILE}: ${witness.id} is cited nowhere`);

  const logged = log.map((entry) => entry.ref).filter((ref) => /^R?\d+\.\d+$/u.test(ref));
  if (logged.join(' ') !== paragraphRefs.join(' '))
    problems.push(`${COLLATION_LOG_FILE}: the paragraphs logged are not the text's, once each in reading order`);
  const headings = log.map((entry) => entry.ref).filter((ref) => !/^R?\d+\.\d+$/u.test(ref));
  if ([...headings].sort().join(' ') !== LOG_HEADINGS.join(' '))
    problems.push(`${COLLATION_LOG_FILE}: the titles, subheadings and byline logged are not ${LOG_HEADINGS.join(', ')}`);
  const differing = new Set(differences.filter((d) => d.basis === 'published').map((d) => d.ref));
  for (const entry of log) {
    if ((entry.result === 'differs') !== differing.has(entry.ref))
      problems.push(
        `${COLLATION_LOG_FILE}: ${entry.ref} ${entry.result === 'differs' ? 'differs, but the apparatus records no published reading' : 'has a published reading in the apparatus, so it differs'}`,
      );
    if ((entry.result === 'no-witness') !== (entry.witnesses.length === 0))
      problems.push(`${COLLATION_LOG_FILE}: ${entry.ref} is no-witness exactly when it lists no witness`);
  }
  for (const entry of differences.filter((d) => d.basis === 'published')) {
    const logged = log.find((e) => e.ref === entry.ref);
    for (const { witness } of entry.witnesses)
      if (!logged?.witnesses.some((w) => w.witness === witness))
        problems.push(`${COLLATION_LOG_FILE}: ${entry.ref} does not log ${witness}, which ${entry.id} cites`);
  }
  return problems;
}
