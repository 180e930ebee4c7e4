export interface LangRun {
  text: string;
  /** True for a run of Chinese characters, with the full-width punctuation inside or around it. */
  chinese: boolean;
}

const RUN = '[（《]?\\p{Script=Han}[\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff5e…—]*';
const SPLIT = new RegExp(`(${RUN})`, 'u');
const WHOLE = new RegExp(`^${RUN}$`, 'u');

/** Splits text into runs of Chinese and of other text, so that Chinese quoted in English can carry its own lang. */
export function langRuns(text: string): LangRun[] {
  return text
    .split(SPLIT)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, chinese: WHOLE.test(part) }));
}

const LATIN_SPLIT = /([A-Za-z][A-Za-z’'.\- ]*[A-Za-z])/u;

/** Splits Chinese text into runs of Latin-script names (e.g. PrimaMedia, BRICS) and the Chinese around them. */
export function latinRuns(text: string): { text: string; latin: boolean }[] {
  return text
    .split(LATIN_SPLIT)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, latin: /^[A-Za-z]/u.test(part) && part.length > 1 }));
}
