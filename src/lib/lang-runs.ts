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
