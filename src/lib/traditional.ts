import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createToTraditional, traditionalCorrectionsSchema } from './collections/to-traditional';

export const TRADITIONAL_CORRECTIONS_FILE = 'content/editorial/traditional-corrections.yaml';

/** The reviewed corrections to opencc's Taiwan-standard conversion, read from the project. */
export function loadTraditionalCorrections() {
  return traditionalCorrectionsSchema.parse(parse(readFileSync(join(process.cwd(), TRADITIONAL_CORRECTIONS_FILE), 'utf8')));
}

/** Simplified → Traditional as the whole site converts it: opencc "tw" plus the reviewed corrections. */
export const toTraditional = createToTraditional(loadTraditionalCorrections());
