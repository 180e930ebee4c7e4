import { z } from 'astro/zod';
import { InputError } from '../input-error';
import { fingerprintSchema, staleFingerprint, type FingerprintStore } from '../fingerprints';
import { paragraphRef } from '../../shared/references';
import type { DocumentId } from '../split/model';
import type { EditionSection, EditionText } from './edition-text';

/** A translation file, content/translations/en/<document>.yaml: every text of one document by its reference. */
export const translationSchema = z
  .object({
    title: z.string(),
    subtitle: z.string().optional(),
    byline: z.string().optional(),
    subheadings: z.record(z.string(), z.string()).optional(),
    paragraphs: z.record(z.string(), z.string()),
    notes: z.record(z.string(), z.string()).optional(),
    /** The fingerprint of the Chinese each text was translated from, by reference (title, subtitle, byline, subheading N, 2.5 …). */
    sources: z.record(z.string(), fingerprintSchema).default({}),
  })
  .strict();

export type Translation = z.infer<typeof translationSchema>;

const HAN = /\p{Script=Han}/u;

/** Roman numerals for the English edition's section headings (I, II, III …), as official English texts print them. */
export function toRoman(value: number): string {
  const numerals: [number, string][] = [
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let roman = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      roman += numeral;
      rest -= amount;
    }
  }
  return roman;
}

/**
 * Builds the English edition from the printed edition's shape and the translations, checking that
 * every text has exactly one translation, that no translation is left without its text, that no
 * translation is empty or still Chinese, and that each was made from the Chinese printed now (its
 * fingerprint; the store holds the reviewed texts, to name what changed).
 */
export function englishEdition(
  printed: EditionText,
  translations: Record<DocumentId, { file: string; translation: Translation }>,
  store: FingerprintStore,
): EditionText {
  return {
    edition: 'en',
    documents: printed.documents.map((document) => {
      const { file, translation } = translations[document.id];
      const problems: string[] = [];
      const english = (what: string, text: string | undefined, source?: { key: string; chinese: string }): string => {
        if (source && text !== undefined) {
          const stale = staleFingerprint(translation.sources[source.key], source.chinese, store);
          if (stale) problems.push(`${what} ${stale}; review the translation, then run \`npm run fingerprints -- --accept ${source.key}\``);
        }
        if (text === undefined) problems.push(`${what} has no translation`);
        else if (text.trim() === '') problems.push(`${what}: the translation is empty`);
        else if (HAN.test(text)) problems.push(`${what}: the translation is still Chinese («${text.slice(0, 30)}»)`);
        return text?.trim() ?? '';
      };
      const expected = new Set<string>();

      const sections: EditionSection[] = document.sections.map((section) => {
        const refs = section.blocks.map((_, index) => paragraphRef(document.id, section.number, index + 1));
        refs.forEach((ref) => expected.add(ref));
        const heading =
          section.heading === undefined
            ? {}
            : {
                heading: english(`subheading ${section.number} (${section.heading})`, translation.subheadings?.[String(section.number)], {
                  key: `subheading ${section.number}`,
                  chinese: section.heading,
                }),
              };
        const notes = Object.fromEntries(
          refs.filter((ref) => translation.notes?.[ref]).map((ref) => [ref, translation.notes![ref]!.trim()]),
        );
        return {
          ...section,
          ...(section.numeral !== undefined && { numeral: toRoman(section.number) }),
          ...heading,
          blocks: section.blocks.map((block, index) => ({
            kind: block.kind,
            text: english(`paragraph ${refs[index]}`, translation.paragraphs[refs[index]!], { key: refs[index]!, chinese: block.text }),
          })),
          ...(Object.keys(notes).length > 0 && { notes }),
        };
      });

      for (const ref of Object.keys(translation.paragraphs))
        if (!expected.has(ref)) problems.push(`paragraph ${ref} is translated but the printed text has no such paragraph`);
      for (const ref of Object.keys(translation.notes ?? {}))
        if (!expected.has(ref)) problems.push(`a translator's note on ${ref}, which is no paragraph`);
      const headed = new Set(document.sections.filter((s) => s.heading !== undefined).map((s) => String(s.number)));
      for (const key of Object.keys(translation.subheadings ?? {}))
        if (!headed.has(key)) problems.push(`subheading ${key} is translated but section ${key} has no printed subheading`);
      if (document.subtitle === undefined && translation.subtitle !== undefined)
        problems.push('a subtitle is translated but none is printed');
      if (document.byline === undefined && translation.byline !== undefined) problems.push('a byline is translated but none is printed');
      const fingerprinted = new Set([...expected, 'title', 'subtitle', 'byline', ...[...headed].map((key) => `subheading ${key}`)]);
      for (const key of Object.keys(translation.sources))
        if (!fingerprinted.has(key)) problems.push(`a fingerprint for ${key}, which is not translated here`);

      const result = {
        ...document,
        title: english('the title', translation.title, { key: 'title', chinese: document.title }),
        ...(document.subtitle !== undefined && {
          subtitle: english('the subtitle', translation.subtitle, { key: 'subtitle', chinese: document.subtitle }),
        }),
        ...(document.byline !== undefined && {
          byline: english('the byline', translation.byline, { key: 'byline', chinese: document.byline }),
        }),
        sections,
      };
      if (problems.length > 0) throw new InputError(file, problems);
      return result;
    }),
  };
}
