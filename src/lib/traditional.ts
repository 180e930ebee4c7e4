import { z } from 'astro/zod';
import * as OpenCC from 'opencc-js';
import { readYaml } from './read-yaml';

export const TRADITIONAL_CORRECTIONS_FILE = 'content/editorial/traditional-corrections.yaml';

/** A reviewed fix for a phrase that opencc converts wrongly for this text. */
export const traditionalCorrectionSchema = z
  .object({
    wrong: z.string().min(1),
    right: z.string().min(1),
    /** The main form in the Taiwan Ministry of Education's 重編國語辭典修訂本; where `right` differs, `why` says why fidelity to the print wins. */
    standard: z.string().min(1),
    simplified: z.string().min(1),
    why: z.string().min(1),
    lines: z.array(z.number().int().positive()).optional(),
  })
  .strict();

export type TraditionalCorrection = z.infer<typeof traditionalCorrectionSchema>;

/**
 * Simplified → Traditional with opencc's character-level Taiwan standard ("tw"), never the phrase-level
 * "twp", which replaces words (声明→宣告, 支持→支援) and would misquote the text. The reviewed corrections
 * are applied after conversion, each to a phrase long enough to be unambiguous.
 */
export function createToTraditional(corrections: readonly TraditionalCorrection[]): (simplified: string) => string {
  const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
  return (simplified) => corrections.reduce((text, { wrong, right }) => text.replaceAll(wrong, right), convert(simplified));
}

/** Traditional → Simplified, for checking that the conversion changed the script and nothing else. */
export function createToSimplified(): (traditional: string) => string {
  return OpenCC.Converter({ from: 'tw', to: 'cn' });
}

/** The reviewed corrections to opencc's Taiwan-standard conversion, read from the project. */
export function loadTraditionalCorrections(): TraditionalCorrection[] {
  return readYaml(TRADITIONAL_CORRECTIONS_FILE, z.array(traditionalCorrectionSchema));
}

/** Simplified → Traditional as the whole site converts it: opencc "tw" plus the reviewed corrections. */
export const toTraditional = createToTraditional(loadTraditionalCorrections());
