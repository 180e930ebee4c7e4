import { z } from 'astro/zod';
import { staleFingerprint, type FingerprintStore } from '../fingerprints';
import { compareRefs, paragraphIdOfRef } from '../references';
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

const read = new Map<string, Editorial>();

/** The editorial files, checked against their schemas and against each other. Read once per process. */
export function loadEditorial(): Editorial {
  const key = process.cwd();
  if (!read.has(key)) {
    const { grouping, sources, witnesses } = readYaml(WITNESSES_FILE, witnessesFileSchema);
    const editorial: Editorial = {
      grouping,
      sources: new Map(sources.map((source) => [source.id, source])),
      witnesses: new Map(witnesses.map((witness) => [witness.id, witness])),
      differences: readYaml(DIFFERENCES_FILE, z.array(differenceSchema)),
      wordingNotes: readYaml(WORDING_NOTES_FILE, z.array(wordingNoteSchema)),
      log: readYaml(COLLATION_LOG_FILE, z.array(collationEntrySchema)),
      crossReferences: readYaml(CROSS_REFERENCES_FILE, z.array(crossReferenceSchema)),
    };
    const problems = editorialProblems(editorial);
    if (problems.length > 0)
      throw new Error(`content/editorial/: ${problems.length} problem(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    read.set(key, editorial);
  }
  return read.get(key)!;
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
