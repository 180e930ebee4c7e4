import { z } from 'astro/zod';
import * as OpenCC from 'opencc-js';
import { readYaml } from './read-yaml';

export const TRADITIONAL_CORRECTIONS_FILE = 'content/editorial/traditional-corrections.yaml';

/** A reviewed fix for a phrase that opencc converts wrongly for this text. */
export const traditionalCorrectionSchema = z
  .object({
    wrong: z.string().min(1),
    right: z.string().min(1),
    /** The form of the word in Taiwan's standard; it decides among a character's Traditional counterparts (the rule: the file's header). */
    standard: z.string().min(1),
    simplified: z.string().min(1),
    why: z.string().min(1),
    /** Stored pages that bear on the standard form, each with its words. */
    evidence: z.array(z.object({ url: z.string().url(), quote: z.string().min(1) }).strict()).optional(),
    lines: z.array(z.number().int().positive()).optional(),
  })
  .strict();

export type TraditionalCorrection = z.infer<typeof traditionalCorrectionSchema>;

type Convert = (text: string) => string;
const CONVERTERS = Symbol.for('china-russia-joint-statement-2025.opencc-converters');

/**
 * One opencc converter per direction and process. Building the Simplified → Traditional one takes
 * about 45 MB, and a build loads this module twice (in Astro's configuration, for the Markdown
 * plugins, and in its pages): the copies share the converters through the global object.
 */
function sharedConverter(from: 'cn' | 'tw', to: 'cn' | 'tw'): Convert {
  const converters = ((globalThis as Record<symbol, unknown>)[CONVERTERS] ??= new Map<string, Convert>()) as Map<string, Convert>;
  const key = `${from}>${to}`;
  if (!converters.has(key)) converters.set(key, OpenCC.Converter({ from, to }));
  return converters.get(key)!;
}

/**
 * Simplified → Traditional with opencc's character-level Taiwan standard ("tw"), never the phrase-level
 * "twp", which replaces words (声明→宣告, 支持→支援) and would misquote the text. The reviewed corrections
 * are applied after conversion, each to a phrase long enough to be unambiguous.
 */
export function createToTraditional(corrections: readonly TraditionalCorrection[]): (simplified: string) => string {
  const convert = sharedConverter('cn', 'tw');
  return (simplified) => corrections.reduce((text, { wrong, right }) => text.replaceAll(wrong, right), convert(simplified));
}

/** Traditional → Simplified, for checking that the conversion changed the script and nothing else. */
export function createToSimplified(): (traditional: string) => string {
  return sharedConverter('tw', 'cn');
}

/** The reviewed corrections to opencc's Taiwan-standard conversion, read from the project. */
export function loadTraditionalCorrections(): TraditionalCorrection[] {
  return readYaml(TRADITIONAL_CORRECTIONS_FILE, z.array(traditionalCorrectionSchema));
}

/**
 * Whether the corrections fit the text and hold to the file's one rule: each fixes what opencc really
 * produces for the text, gives the right form, keeps every character a Traditional counterpart of the
 * printed one (the standard form of the word deciding where it can), and the whole edition converts
 * back to the print character for character. `printed` are the texts of the print, `converted` the same
 * texts as the edition shows them.
 */
export function correctionProblems(
  corrections: readonly TraditionalCorrection[],
  printed: readonly string[],
  converted: readonly string[],
  toSimplified: (traditional: string) => string,
): string[] {
  const problems: string[] = [];
  const add = (problem: string) => problems.push(`${TRADITIONAL_CORRECTIONS_FILE}: ${problem}`);
  const raw = createToTraditional([]);
  const rawText = printed.map(raw).join('\n');
  const corrected = createToTraditional(corrections);
  const isCounterpart = (traditional: string, character: string) => toSimplified(traditional) === character;
  for (const correction of corrections) {
    const { wrong, right, standard, simplified, why } = correction;
    if (!rawText.includes(wrong)) add(`${wrong}: opencc does not produce it for this text`);
    if (!raw(simplified).includes(wrong)) add(`${wrong}: opencc does not make it of ${simplified}`);
    if (corrected(simplified) !== right) add(`${wrong}: ${simplified} is not converted to ${right}`);
    const [characters, rights, standards] = [[...simplified], [...right], [...standard]];
    if (rights.length !== characters.length || standards.length !== characters.length) {
      add(`${wrong}: the right and standard forms do not have the printed form's length`);
      continue;
    }
    characters.forEach((character, index) => {
      if (!isCounterpart(rights[index]!, character)) add(`${wrong}: ${rights[index]} is not a Traditional form of ${character}`);
      else if (isCounterpart(standards[index]!, character)) {
        if (rights[index] !== standards[index]) add(`${wrong}: the standard form ${standard} decides, not ${right}`);
      } else if (rights[index] !== character)
        add(`${wrong}: ${standards[index]} is not a form of ${character}, so the print's ${character} is kept`);
      else if (!why.includes(`${standards[index]} is not a Traditional form of ${character}`))
        add(`${wrong}: why does not say that ${standards[index]} is not a Traditional form of ${character}`);
    });
  }
  converted.forEach((text, index) => {
    const back = toSimplified(text);
    if (back !== printed[index]) {
      const at = [...printed[index]!].findIndex((character, i) => [...back][i] !== character);
      add(`the edition does not convert back to the print: «${[...printed[index]!][at] ?? ''}» becomes «${[...text][at] ?? ''}»`);
    }
    for (const { wrong } of corrections) if (text.includes(wrong)) add(`${wrong} is left in the edition`);
  });
  return problems;
}
