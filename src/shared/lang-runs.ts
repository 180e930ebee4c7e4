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

/** A run of text and, where it is in another language than the text around it, that language. */
export interface MarkedRun {
  text: string;
  lang?: string;
}

const CYRILLIC_SPLIT = /(\p{Script=Cyrillic}(?:[\p{Script=Cyrillic}\s.-]*\p{Script=Cyrillic})?)/u;

/**
 * Text written in one language with what it quotes in another marked by its lang: in Chinese text,
 * Latin-script names (en) and Russian (ru); in English text, Chinese (`chineseLang`) and Russian.
 * Every page and note that mixes languages marks them through this one function.
 */
export function markOtherLanguages(text: string, context: 'zh' | 'en', chineseLang = 'zh-Hans'): MarkedRun[] {
  return text
    .split(CYRILLIC_SPLIT)
    .filter((part) => part !== '')
    .flatMap((part): MarkedRun[] => {
      if (/^\p{Script=Cyrillic}/u.test(part)) return [{ text: part, lang: 'ru' }];
      return context === 'zh'
        ? latinRuns(part).map((run) => (run.latin ? { text: run.text, lang: 'en' } : { text: run.text }))
        : langRuns(part).map((run) => (run.chinese ? { text: run.text, lang: chineseLang } : { text: run.text }));
    });
}
