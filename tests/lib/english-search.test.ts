import { describe, expect, it } from 'vitest';
import { editionText } from '../../src/lib/content/load-model';
import {
  decodeLexicon,
  encodeLexicon,
  englishWords,
  matchEnglish,
  normalizeWord,
  parseEnglishQuery,
} from '../../src/shared/search/english';
import { buildLexicon, formKeys, toAmerican } from '../../src/lib/search/lexicon';
import { paragraphsOf } from '../../src/lib/search/search-data';

const texts = paragraphsOf(editionText('en')).map((paragraph) => paragraph.text);
const lexicon = buildLexicon(texts);

describe('English words and keys', () => {
  it('split at hyphens and dashes, and compare without case, diacritics or possessive', () => {
    expect(englishWords('China–BRICS people-to-people Xi’s').map((word) => word.form)).toEqual([
      'china',
      'brics',
      'people',
      'to',
      'people',
      'xi',
    ]);
    expect(normalizeWord('Émigrés’')).toBe('emigres');
  });

  it('key inflections and spellings together, derivations apart', () => {
    expect(formKeys('organisations')).toContain('organization');
    expect(formKeys('fought')).toContain('fight');
    expect(formKeys('militarism')).not.toContain('military');
    expect(formKeys('cooperation')).not.toContain('cooperate');
    expect(toAmerican('civilisations')).toBe('civilizations');
  });

  it('cover every British spelling the translation has (a word that looks British and is not is listed here)', () => {
    const notVariants = new Set([
      'exercise',
      'exercises',
      'rise',
      'raise',
      'otherwise',
      'enterprise',
      'enterprises',
      'promise',
      'expertise',
      'comprise',
      'comprises',
      'surprise',
      'precise',
      'concise',
      'wise',
      'premise',
      'advise',
      'franchise',
      'merchandise',
      'our',
      'four',
      'hour',
      'hours',
      'tour',
      'your',
      'pour',
      'sour',
      'flour',
      'course',
      'source',
      'sources',
      'resource',
      'resources',
      'devour',
      'killed',
      'killing',
      'called',
      'propelling',
      'crises',
    ]);
    const british = /(?:isations?|ised|ises|ising|ise|our|ours|oured|ouring|ourable|tres?|yse[sd]?|mmes?|lled|lling|ence)$/u;
    const words = new Set(texts.flatMap((text) => englishWords(text).map((word) => word.form)));
    const uncovered = [...words].filter(
      (word) => british.test(word) && !notVariants.has(word) && toAmerican(word) === word && !/ence$/u.test(word),
    );
    expect(uncovered).toEqual([]);
    for (const word of ['defence', 'centre', 'programmes', 'neighbour', 'organisation']) expect(words.has(word), word).toBe(true);
  });

  it('travel as a compact table that reads back exactly', () => {
    expect(decodeLexicon(encodeLexicon(lexicon))).toEqual(lexicon);
    expect(encodeLexicon(lexicon).length).toBeLessThan(JSON.stringify(lexicon).length / 2);
  });

  it('match phrases in sequence and words anywhere', () => {
    const text = 'The Security Council and the council of security.';
    expect(matchEnglish(text, parseEnglishQuery('"security council"'), lexicon)).toEqual([{ start: 4, end: 20 }]);
    expect(matchEnglish(text, parseEnglishQuery('council security'), lexicon)?.length).toBe(4);
    expect(matchEnglish(text, parseEnglishQuery('"council security"'), lexicon)).toBeUndefined();
  });
});
