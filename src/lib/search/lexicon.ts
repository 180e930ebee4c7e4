/**
 * The English lexicon of the search, built from the translation at build time: for every word form
 * of the text, and every inflection and spelling of those words that a reader might type, its keys —
 * the American spelling of its lemmas. Lemmas come from wink-lemmatizer (WordNet's exceptions and
 * rules, for nouns and verbs: inflection, never derivation), inflections from en-inflectors, British
 * and American spellings from american-english and a short list of forms it lacks.
 */
import spelling from 'american-english';
import { Inflectors } from 'en-inflectors';
import lemmatizer from 'wink-lemmatizer';
import { englishWords, type Lexicon } from '../../shared/search/english';

/** British spellings of this text that american-english does not list (a test checks the text for others). */
export const BRITISH_SPELLINGS: Readonly<Record<string, string>> = {
  civilisation: 'civilization',
  civilisations: 'civilizations',
  revitalisation: 'revitalization',
};

const AMERICAN_TO_BRITISH = Object.fromEntries(Object.entries(BRITISH_SPELLINGS).map(([british, american]) => [american, british]));

/** The American spelling of a form (the form itself if it has no British one). */
export function toAmerican(form: string): string {
  return BRITISH_SPELLINGS[form] ?? (spelling.hasUSDifference(form) ? spelling.toUS(form) : form);
}

function toBritish(form: string): string | undefined {
  return AMERICAN_TO_BRITISH[form] ?? (spelling.hasUKDifference(form) ? spelling.toUK(form) : undefined);
}

/** A form's keys: the American spelling of the form and of its noun and verb lemmas (comparatives are not inflections a reader searches by). */
export function formKeys(form: string): string[] {
  const american = toAmerican(form);
  const lemmas = [form, american].flatMap((word) => [lemmatizer.noun(word), lemmatizer.verb(word)]);
  return [...new Set([american, ...lemmas.map(toAmerican)])].sort();
}

/** The inflections and spellings a reader might type for a key: plural, verb forms, and their British spellings. */
function typedForms(key: string): string[] {
  if (!/^[a-z]+$/u.test(key)) return [];
  const inflect = new Inflectors(key);
  const forms = [inflect.toPlural(), inflect.toPresentS(), inflect.toPast(), inflect.toPastParticiple(), inflect.toGerund()].filter(
    (form) => /^[a-z]+$/u.test(form),
  );
  return [
    ...new Set([key, ...forms].flatMap((form) => [form, toBritish(form)].filter((variant): variant is string => variant !== undefined))),
  ];
}

/**
 * The lexicon of a text: the keys of each word form in it, and of each inflection or spelling of those
 * words (kept only where it leads back to the word: a generated form whose own lemmas differ is left
 * out). A form whose only key is itself is left out too: that is what the lexicon says of an unknown word.
 */
export function buildLexicon(texts: readonly string[]): Lexicon {
  const keysByForm = new Map<string, string[]>();
  for (const text of texts) for (const { form } of englishWords(text)) if (!keysByForm.has(form)) keysByForm.set(form, formKeys(form));
  const textKeys = new Set([...keysByForm.values()].flat());
  for (const key of [...textKeys].sort()) {
    for (const form of typedForms(key)) {
      if (keysByForm.has(form)) continue;
      const keys = formKeys(form);
      if (keys.includes(key)) keysByForm.set(form, keys);
    }
  }
  const entries = [...keysByForm]
    .filter(([form, keys]) => !(keys.length === 1 && keys[0] === form))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}
