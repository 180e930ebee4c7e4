/**
 * What a glossary must be to be shown: checked by the split against the text, the translation and the
 * apparatus (src/lib/content/rules.ts), so that a build never shows an entry that the text does not bear out.
 */
import type { Edition } from '../editions';
import type { Difference } from '../editorial/schema';
import { GLOSSARY_FILE } from './load-glossary';
import type { GlossaryEntry } from './schema';
import type { TermForm } from './term-matcher';

export interface GlossaryContext {
  /** Every Chinese text of the print (titles, headings, paragraphs), joined. */
  chinese: string;
  /** Every text of the translation, joined. */
  english: string;
  differences: readonly Difference[];
  /** The forms each edition marks. */
  forms: Record<Edition, TermForm[]>;
}

/** Every name an entry goes by: its term and forms, the published form, its English and Russian names, its abbreviations. */
export function entryNames(entry: GlossaryEntry): string[] {
  return [
    entry.term,
    ...(entry.forms ?? []),
    entry.published,
    entry.en,
    ...(entry.enForms ?? []),
    entry.ru,
    ...(entry.abbreviations ?? []),
  ].filter((name): name is string => name !== undefined);
}

export function glossaryProblems(entries: readonly GlossaryEntry[], { chinese, english, differences, forms }: GlossaryContext): string[] {
  const problems: string[] = [];
  const add = (problem: string) => problems.push(`${GLOSSARY_FILE}: ${problem}`);
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) add(`${entry.id} is used twice`);
    ids.add(entry.id);
  }
  for (const entry of entries) {
    for (const id of entry.related) if (!ids.has(id)) add(`${entry.id}: the related entry ${id} does not exist`);
    for (const form of [entry.term, ...(entry.forms ?? [])])
      if (!chinese.includes(form)) add(`${entry.id}: «${form}» occurs nowhere in the text`);
    for (const form of [entry.en, ...(entry.enForms ?? [])])
      if (!english.includes(form)) add(`${entry.id}: “${form}” occurs nowhere in the translation`);
    if (entry.published !== undefined) {
      const difference = differences.find((d) => entry.term.includes(d.printed) || d.printed.includes(entry.term));
      if (!difference) add(`${entry.id}: the published form ${entry.published} has no entry in the apparatus`);
      else if (entry.published !== entry.term.replace(difference.printed, difference.reading))
        add(`${entry.id}: the published form is not the term with the apparatus's reading (${difference.id})`);
      if (!entry.explanation.en.includes(entry.published) || !entry.explanation.zh.includes(entry.published))
        add(`${entry.id}: the explanation says that the print differs and gives the published form ${entry.published}`);
    }
  }
  for (const [edition, list] of Object.entries(forms)) {
    const owners = new Map<string, string>();
    for (const { text, id } of list) {
      const owner = owners.get(text);
      if (owner && owner !== id) add(`${edition}: the form ${text} is given to ${owner} and ${id}`);
      owners.set(text, id);
    }
  }

  // No name for two entries, and no name of another institution that an entry must not be taken for.
  const key = (name: string) => name.toLowerCase().replace(/^the /u, '');
  const owners = new Map<string, string>();
  for (const entry of entries)
    for (const name of new Set(entryNames(entry).map(key))) {
      const owner = owners.get(name);
      if (owner && owner !== entry.id) add(`the name ${name} is given to ${owner} and ${entry.id}`);
      owners.set(name, entry.id);
    }
  const texts = entries.flatMap((entry) => [entry.explanation.en, entry.explanation.zh, ...entryNames(entry)]);
  for (const entry of entries)
    for (const other of entry.distinctFrom ?? [])
      for (const name of [other.zh, other.en, other.ru].filter((value): value is string => value !== undefined)) {
        if (owners.has(key(name))) add(`${entry.id}: ${name}, another institution's name, is the name of ${owners.get(key(name))}`);
        const using = texts.find((text) => text.includes(name));
        if (using) add(`${entry.id}: ${name}, another institution's name, is used in “${using.slice(0, 40)}…”`);
      }

  // The apparatus corrects a printed reading wherever the English does not follow the print; no explanation repeats it without the correction.
  for (const difference of differences.filter((d) => d.translation.follows !== 'printed'))
    for (const entry of entries) {
      if (entry.explanation.zh.includes(difference.printed) && !entry.explanation.zh.includes(difference.reading))
        add(`${entry.id}: the explanation repeats «${difference.printed}», which the apparatus corrects (${difference.id})`);
      const { rejects, renders } = difference.translation;
      if (rejects && entry.explanation.en.includes(rejects) && !(renders && entry.explanation.en.includes(renders)))
        add(`${entry.id}: the explanation repeats “${rejects}”, which the apparatus corrects (${difference.id})`);
    }
  return problems;
}
