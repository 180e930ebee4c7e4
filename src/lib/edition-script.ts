/**
 * Chinese in an edition's script: the one place that says how a Simplified text reaches each edition.
 * What the site quotes (the print, a published reading, a term) changes its script and nothing else; the
 * site's own words (the interface, notes, reasons, explanations, titles) are written in the Traditional
 * edition as Taiwan writes them, with corner quotes. Made from the reviewed lists the content model
 * holds (content/editorial/traditional-corrections.yaml, traditional-interface.yaml).
 */
import type { Edition } from './editions';
import { createToSimplified, createToTraditional, type TraditionalCorrection } from './traditional';
import { createTaiwanWords, type TaiwanWords } from './traditional-interface';

type Convert = (simplified: string) => string;

export interface EditionScripts {
  /** Simplified → Traditional, character by character with the reviewed corrections: the printed text. */
  toTraditional: Convert;
  /** Simplified → Traditional as the site writes its own words: the script, then Taiwan's words and corner quotes. */
  toTraditionalWords: Convert;
  /** Traditional → Simplified, for checking that a conversion changed the script and nothing else. */
  toSimplified: Convert;
  /** Chinese the site quotes, as an edition shows it. */
  quotedTextIn(edition: Edition): Convert;
  /** The site's own words, written in Simplified, as an edition shows them. */
  siteWordsIn(edition: Edition): Convert;
}

const same: Convert = (text) => text;

export function createEditionScripts(lists: {
  traditionalCorrections: readonly TraditionalCorrection[];
  taiwanWords: TaiwanWords;
}): EditionScripts {
  const toTraditional = createToTraditional(lists.traditionalCorrections);
  const taiwan = createTaiwanWords(lists.taiwanWords.replace);
  const toTraditionalWords: Convert = (simplified) => taiwan(toTraditional(simplified));
  return {
    toTraditional,
    toTraditionalWords,
    toSimplified: createToSimplified(),
    quotedTextIn: (edition) => (edition === 'zh-hant' ? toTraditional : same),
    siteWordsIn: (edition) => (edition === 'zh-hant' ? toTraditionalWords : same),
  };
}
