import { describe, expect, it } from 'vitest';
import { editionText, loadModel } from '../../src/lib/content/load-model';
import { countSummary } from '../../src/shared/search/count';
import { search, type SearchSources, type TextsOf } from '../../src/shared/search/engine';
import { buildLexicon } from '../../src/lib/search/lexicon';
import type { SearchName } from '../../src/shared/search/names';
import { paragraphsOf, searchRecords } from '../../src/lib/search/search-data';
import { traditionalToSimplifiedTable } from '../../src/lib/search/script-table';
import { ENGLISH_CASES, expectedRefs } from '../helpers/english-queries';
import { glossaryViews } from '../../src/lib/glossary/glossary-view';
import { searchNames } from '../../src/lib/search/search-names';

const [hans, hant, en] = (['zh-hans', 'zh-hant', 'en'] as const).map((edition) => editionText(edition));
const english = paragraphsOf(en!);
const lexicon = buildLexicon(english.map((paragraph) => paragraph.text));
const allText = (paragraphs: { text: string }[]) => paragraphs.map((paragraph) => paragraph.text).join('');
const table = traditionalToSimplifiedTable(allText(paragraphsOf(hans!)), allText(paragraphsOf(hant!)));

/** The index as Pagefind holds it: which paragraphs have each token (a paragraph's id is its reference here). */
const postings = new Map<string, Set<string>>();
for (const record of searchRecords(hans!, en!, lexicon)) {
  for (const token of record.content.split(' ')) postings.set(token, (postings.get(token) ?? new Set()).add(record.url.slice(1)));
}

function sources(chinese: 'zh-hans' | 'zh-hant' | 'en', names: SearchName[] = []): SearchSources {
  const texts = (
    script: 'zh-hans' | 'zh-hant' | 'en',
    edition = script === 'en' ? en! : script === 'zh-hant' ? hant! : hans!,
  ): TextsOf => ({
    script,
    paragraphs: paragraphsOf(edition).map(({ ref, text }) => ({ ref, id: ref, text })),
    ...(script === 'en' && { lexicon }),
  });
  return {
    reader: chinese === 'en' ? 'english' : 'chinese',
    texts: (script) => Promise.resolve(texts(script === 'english' ? 'en' : chinese === 'en' ? 'zh-hans' : chinese)),
    names: () => Promise.resolve(names),
    table: () => Promise.resolve(table),
    candidates: (all) => {
      let found: Set<string> | undefined;
      for (const anyOf of all) {
        const union = new Set(anyOf.flatMap((token) => [...(postings.get(token) ?? [])]));
        found = found ? new Set([...found].filter((id) => union.has(id))) : union;
      }
      return Promise.resolve(found ?? new Set<string>());
    },
  };
}

describe('English search', () => {
  it(`is exact for ${ENGLISH_CASES.length} queries: words, phrases, spellings, inflections, compounds, and no match`, async () => {
    expect(ENGLISH_CASES.length).toBeGreaterThanOrEqual(25);
    let withResults = 0;
    for (const testCase of ENGLISH_CASES) {
      const outcome = await search(testCase.query, sources('zh-hans'));
      const expected = expectedRefs(testCase, english);
      expect(
        outcome.hits.map((hit) => hit.ref),
        `${testCase.query}: ${testCase.what}`,
      ).toEqual(expected);
      if (expected.length > 0) withResults += 1;
      for (const hit of outcome.hits) expect(hit.words.length, `${testCase.query} ${hit.ref}`).toBeGreaterThan(0);
    }
    expect(withResults).toBeGreaterThan(20);
    expect(ENGLISH_CASES.filter((testCase) => expectedRefs(testCase, english).length === 0).length).toBeGreaterThanOrEqual(2);
  });

  it('marks the words as the paragraph spells them', async () => {
    const outcome = await search('organization', sources('zh-hans'));
    expect(new Set(outcome.hits.flatMap((hit) => hit.words))).toEqual(new Set(['Organisation', 'organisations']));
    const phrase = await search('"Security Council"', sources('zh-hans'));
    expect(phrase.hits[0]!.words).toEqual(['Security Council']);
  });
});

describe('Chinese search', () => {
  it('finds in either script exactly the paragraphs that contain the query, from the index’s candidates', async () => {
    const contains = (query: string) =>
      paragraphsOf(hans!)
        .filter((paragraph) => paragraph.text.includes(query))
        .map((paragraph) => paragraph.ref);
    for (const query of ['联合国宪章', '安理会', '国', '中俄关系', '80周年', '《', '新时代全面战略协作伙伴关系', '没有这个词']) {
      for (const script of ['zh-hans', 'zh-hant'] as const) {
        const outcome = await search(query, sources(script));
        expect(
          outcome.hits.map((hit) => hit.ref),
          `${script} ${query}`,
        ).toEqual(contains(query));
      }
    }
    const traditional = await search('聯合國憲章', sources('zh-hans'));
    expect(traditional.hits.map((hit) => hit.ref)).toEqual(contains('联合国宪章'));
    expect(traditional.hits[0]!.words).toEqual(['联合国宪章']);
  });
});

describe('names and references', () => {
  const charter: SearchName = {
    id: 'un-charter',
    chinese: ['联合国宪章'],
    english: ['Charter of the United Nations', 'UN Charter'],
    russian: 'Устав Организации Объединённых Наций',
    abbreviations: [],
    words: [],
    pinyin: 'Liánhéguó Xiànzhāng',
    refs: { chinese: ['5.2'], english: ['5.2'] },
  };

  it('find an entry by any of its names: either script, English in either spelling, Russian, pinyin with or without tones and spaces', async () => {
    for (const query of [
      '联合国宪章',
      '聯合國憲章',
      'UN Charter',
      'the charter of the united nations',
      'Устав Организации Объединенных Наций',
      'lianheguo xianzhang',
      'Liánhéguó Xiànzhāng',
      'LianheguoXianzhang',
      'LIANHEGUOXIANZHANG',
    ]) {
      const outcome = await search(query, sources('zh-hans', [charter]));
      expect(
        outcome.entries.map((entry) => entry.id),
        query,
      ).toEqual(['un-charter']);
      expect(
        outcome.hits.map((hit) => hit.ref),
        query,
      ).toContain('5.2');
    }
    for (const query of ['lianheguo', 'Устав', 'United Nations', '宪章']) {
      expect((await search(query, sources('zh-hans', [charter]))).entries, query).toEqual([]);
    }
  });

  it('offer a paragraph or a section a query names', async () => {
    const cases: [string, unknown][] = [
      ['2.5', { kind: 'paragraph', ref: '2.5', document: 'statement', section: 2 }],
      ['R1.2', { kind: 'paragraph', ref: 'R1.2', document: 'report', section: 1 }],
      ['r1.2', { kind: 'paragraph', ref: 'R1.2', document: 'report', section: 1 }],
      ['三', { kind: 'section', document: 'statement', section: 3 }],
      ['III', { kind: 'section', document: 'statement', section: 3 }],
      ['R2', { kind: 'section', document: 'report', section: 2 }],
    ];
    for (const [query, reference] of cases) expect((await search(query, sources('zh-hans'))).reference, query).toEqual(reference);
    expect((await search('cooperation', sources('zh-hans'))).reference).toBeUndefined();
  });

  it('count what they found: "mention" where an entry was found by another of its names, and how often the entry occurs where that is fewer', async () => {
    const refsWith = (form: string) =>
      paragraphsOf(hans!)
        .filter((p) => p.text.includes(form))
        .map((p) => p.ref);
    const council: SearchName = {
      id: 'un-security-council',
      chinese: ['联合国安理会', '安理会'],
      english: ['UN Security Council'],
      abbreviations: [],
      words: [],
      pinyin: 'Liánhéguó Ānlǐhuì',
      refs: { chinese: refsWith('安理会'), english: [] },
    };
    const outcome = await search('联合国安理会', sources('zh-hans', [council]));
    expect([...outcome.textRefs]).toEqual(refsWith('联合国安理会'));
    expect(refsWith('安理会').length).toBeGreaterThan(refsWith('联合国安理会').length);
    expect(countSummary(outcome.hits, outcome.textRefs, outcome.entries, outcome.script)).toEqual({
      verb: 'mention',
      total: refsWith('安理会').length,
      alsoAs: ['安理会'],
      entries: [],
    });
    // 联合国 is in more paragraphs than the entry for the United Nations, which yields to longer names (联合国宪章, 联合国安理会 …).
    const un: SearchName = { ...council, id: 'un', chinese: ['联合国'], refs: { chinese: refsWith('联合国').slice(0, 3), english: [] } };
    const broad = await search('联合国', sources('zh-hans', [un]));
    expect(countSummary(broad.hits, broad.textRefs, broad.entries, broad.script)).toEqual({
      verb: 'contain',
      total: refsWith('联合国').length,
      alsoAs: [],
      entries: [{ id: 'un', count: 3 }],
    });
  });
});

describe('partial names and abbreviations', () => {
  const entries = loadModel().glossary;
  const view = (edition: 'zh-hans' | 'en') =>
    glossaryViews(
      entries,
      edition,
      new Map(),
      (text) => text,
      (text) => text,
    );
  const names = searchNames(entries, { chinese: view('zh-hans'), english: view('en') }, allText(english));
  const named = async (query: string) => (await search(query, sources('zh-hans', names))).entries.map((entry) => entry.id);

  it('find an entry by one distinctive word of its name, in any script, or by its usual abbreviation', async () => {
    for (const [query, id] of [
      ['«Путин»', 'putin'],
      ['Путин', 'putin'],
      ['Putin', 'putin'],
      ['putin', 'putin'],
      ['Xi', 'xi-jinping'],
      ['«ООН»', 'un'],
      ['sco', 'sco'],
      ['SCO', 'sco'],
      ['上合组织', 'sco'],
      ['Shanghai', 'sco'],
      ['Лумумбы', 'rudn'],
    ] as const)
      expect(await named(query), query).toEqual([id]);
    expect(await named('Zhang')).toEqual(['zhang-hanhui', 'zhang-huili', 'zhang-hongbo']);
  });

  it('do not turn an ordinary word of a name into a name', async () => {
    for (const query of ['cooperation', 'state', 'organisation', 'security', 'of', 'the']) expect(await named(query), query).toEqual([]);
  });

  it('list the places of a name typed in letters in the Chinese text of a Chinese edition, and in the English of the English edition', async () => {
    const chinese = await search('Putin', sources('zh-hans', names));
    expect(chinese.script).toBe('english'); // "Putin" is also an English word of the translation
    const pinyin = await search('pujing', sources('zh-hans', names));
    expect(pinyin.entries.map((entry) => entry.id)).toEqual(['putin']);
    expect(pinyin.script).toBe('chinese');
    expect(pinyin.hits.every((hit) => hit.script === 'chinese' && hit.words.includes('普京'))).toBe(true);
    const traditional = await search('«Путин»', sources('zh-hant', names));
    expect(traditional.hits.every((hit) => hit.script === 'chinese' && /普京/u.test(hit.text))).toBe(true);
    const inEnglish = await search('pujing', sources('en', names));
    expect(inEnglish.hits.every((hit) => hit.script === 'english')).toBe(true);
  });
});
