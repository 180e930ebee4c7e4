import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { EDITIONS } from '../editions';
import { LAYOUT_RULES, type LayoutRepair } from '../split/model';
import { editionTextSchema, type EditionText } from './edition-text';

/** Where `npm run split` writes the content collections. */
export const SPLIT_DIR = 'content/split';

/** The split's plain-text record of every edition, read by everything after the split that needs text rather than rendered Markdown. */
export const EDITIONS_FILE = 'editions.json';

export const splitOutputSchema = z
  .object({
    source: z.string().min(1),
    repairs: z.array(
      z.object({ rule: z.enum(LAYOUT_RULES), lines: z.array(z.number().int().positive()), description: z.string() }).strict(),
    ),
    editions: z.array(editionTextSchema).length(EDITIONS.length),
  })
  .strict();

export interface SplitOutput {
  /** The name of the source file the split read. */
  source: string;
  repairs: LayoutRepair[];
  editions: EditionText[];
}

const read = new Map<string, SplitOutput>();

/** What the split wrote: the editions' text and the layout repairs. Read once per process. */
export function readSplitOutput(dir: string = SPLIT_DIR): SplitOutput {
  const file = join(process.cwd(), dir, EDITIONS_FILE);
  if (!read.has(file)) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${join(dir, EDITIONS_FILE)} is missing: run \`npm run split\``);
    }
    read.set(file, splitOutputSchema.parse(JSON.parse(text)));
  }
  return read.get(file)!;
}

/** One edition's text, from what the split wrote. */
export function splitEdition(edition: EditionText['edition'], dir?: string): EditionText {
  const found = readSplitOutput(dir).editions.find((text) => text.edition === edition);
  if (!found) throw new Error(`the split wrote no ${edition} edition`);
  return found;
}
