import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { glossaryContext } from '../../src/lib/content/rules';
import { glossaryViews, sortGlossary } from '../../src/lib/glossary/glossary-view';
import { GLOSSARY_FILE } from '../../src/lib/glossary/load-glossary';
import { glossaryProblems } from '../../src/lib/glossary/rules';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/lib/glossary/schema';
import { content } from '../helpers/content';

const model = content();
const entries = model.glossary;
const raw = parse(readFileSync(GLOSSARY_FILE, 'utf8')) as Record<string, unknown>[];
const context = glossaryContext(model);
const problems = (list: readonly GlossaryEntry[]) => glossaryProblems(list, glossaryContext({ ...model, glossary: list }));
const entry = (id: string) => entries.find((e) => e.id === id)!;
const replaced = (id: string, change: (entry: GlossaryEntry) => GlossaryEntry) => entries.map((e) => (e.id === id ? change(e) : e));

describe('the glossary', () => {
  it('has at least 40 entries, and holds every rule of the glossary (glossaryProblems, which the split runs)', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(glossaryProblems(entries, context)).toEqual([]);
  });

  it('refuses an id used twice, and a related entry that does not exist', () => {
    expect(problems([...entries, entries[0]!])).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`${entries[0]!.id} is used twice`, 'u'))]),
    );
    expect(problems(replaced('un-charter', (e) => ({ ...e, related: [...e.related, 'no-such-entry'] })))).toEqual([
      expect.stringMatching(/un-charter: the related entry no-such-entry does not exist/u),
    ]);
  });

  it('covers the terms the issue names', () => {
    const terms = entries.flatMap((e) => [e.term, ...(e.forms ?? [])]);
    for (const term of [
      '联合国宪章',
      '纽伦堡国际军事法庭',
      '远东国际军事法庭',
      '上海合作组织',
      '金砖国家',
      '一个中国原则',
      '人类命运共同体',
      '全球安全倡议',
      '伟大卫国战争',
      '靖国神社',
      '中俄睦邻友好合作条约',
      '北极航道',
      '普京',
      '柳比莫娃',
    ]) {
      expect(terms, term).toContain(term);
    }
  });

  it('rejects an entry that lacks a required field', () => {
    const valid = raw[0]!;
    expect(glossaryEntrySchema.safeParse(valid).success).toBe(true);
    for (const field of ['id', 'kind', 'term', 'en', 'explanation', 'related']) {
      const { [field]: _removed, ...without } = valid;
      expect(glossaryEntrySchema.safeParse(without).success, field).toBe(false);
    }
    expect(glossaryEntrySchema.safeParse({ ...valid, explanation: { en: 'Only English.' } }).success).toBe(false);
    expect(glossaryEntrySchema.safeParse({ ...valid, kind: 'opinion' }).success).toBe(false);
  });

  it('refuses a term or form that occurs nowhere in the text, and an English name the translation never uses', () => {
    expect(problems(replaced('un-charter', (e) => ({ ...e, forms: [...(e.forms ?? []), '联合国宪法'] })))).toEqual([
      expect.stringMatching(/un-charter: «联合国宪法» occurs nowhere in the text/u),
    ]);
    expect(problems(replaced('un-charter', (e) => ({ ...e, enForms: [...(e.enForms ?? []), 'UN Constitution'] })))).toEqual([
      expect.stringMatching(/un-charter: “UN Constitution” occurs nowhere in the translation/u),
    ]);
  });

  it('refuses a form given to two entries, in any edition', () => {
    const [first, second] = entries;
    expect(problems(replaced(second!.id, (e) => ({ ...e, forms: [...(e.forms ?? []), first!.term] })))).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`zh-hans: the form ${first!.term} is given to`, 'u'))]),
    );
  });

  it('sorts the Chinese glossary by pinyin and the English one alphabetically', () => {
    const zh = glossaryViews(
      entries,
      'zh-hans',
      new Map(),
      (t) => t,
      (t) => t,
    );
    const plain = (text: string) =>
      text
        .normalize('NFD')
        .replace(/\p{Mark}/gu, '')
        .toLowerCase();
    const keys = zh.map((v) => plain(v.pinyin));
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en')));
    expect(
      sortGlossary(
        [
          { title: 'the Yasukuni Shrine', pinyin: '' },
          { title: 'BRICS', pinyin: '' },
          { title: 'Arctic', pinyin: '' },
        ],
        'en',
      ).map((v) => v.title),
    ).toEqual(['Arctic', 'BRICS', 'the Yasukuni Shrine']);
  });

  it('gives every entry pinyin with tone marks', () => {
    for (const view of glossaryViews(
      entries,
      'zh-hans',
      new Map(),
      (t) => t,
      (t) => t,
    )) {
      expect(view.pinyin, view.id).toMatch(/^[\p{Script=Latin}\s·'’-]+$/u);
    }
  });

  it('follows the published text where the print misprints a term: the reading and pinyin are of the published form, and the entry says the print differs', () => {
    const misprinted = entries.filter((e) => e.published !== undefined);
    expect(misprinted.map((e) => e.id)).toContain('pashkov-house');
    const views = glossaryViews(
      entries,
      'zh-hans',
      new Map(),
      (text) => text,
      (text) => text,
    );
    for (const e of misprinted) expect(views.find((v) => v.id === e.id)!.published).toBe(e.published);
    expect(
      glossaryViews(
        entries,
        'en',
        new Map(),
        (text) => text,
        (text) => text,
      ).find((v) => v.id === 'pashkov-house')!.pinyin,
    ).toBe('Pàshíkēfū Gōng');
    const pashkov = entry('pashkov-house');
    expect(problems(replaced('pashkov-house', (e) => ({ ...e, published: `${e.published}宫` })))).toEqual([
      expect.stringMatching(/pashkov-house: the published form is not the term with the apparatus's reading/u),
      expect.stringMatching(/pashkov-house: the explanation says that the print differs/u),
    ]);
    expect(
      problems(
        replaced('pashkov-house', (e) => ({
          ...e,
          explanation: { ...e.explanation, en: e.explanation.en.replaceAll(pashkov.published!, '') },
        })),
      ),
    ).toEqual([expect.stringMatching(/pashkov-house: the explanation says that the print differs/u)]);
  });

  it('refuses an explanation that repeats a reading the apparatus corrects, without the correction beside it', () => {
    const difference = model.editorial.differences.find((d) => d.translation.follows !== 'printed')!;
    expect(
      problems(
        replaced('un-charter', (e) => ({ ...e, explanation: { ...e.explanation, zh: `${e.explanation.zh}${difference.printed}` } })),
      ),
    ).toEqual([
      expect.stringMatching(
        new RegExp(`un-charter: the explanation repeats «${difference.printed}», which the apparatus corrects \\(${difference.id}\\)`, 'u'),
      ),
    ]);
  });

  it('refuses a name given to two entries, and the name of another institution that an entry must not be taken for', () => {
    expect(entries.filter((e) => e.distinctFrom).map((e) => e.id)).toEqual(
      expect.arrayContaining(['russian-state-library', 'cmg-asia-europe-bureau']),
    );
    const library = entry('russian-state-library');
    const other = library.distinctFrom![0]!;
    expect(problems(replaced('un-charter', (e) => ({ ...e, enForms: [...(e.enForms ?? []), library.en] })))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`the name ${library.en.toLowerCase().replace(/^the /u, '')} is given to`, 'u')),
      ]),
    );
    expect(
      problems(replaced('un-charter', (e) => ({ ...e, explanation: { ...e.explanation, en: `${e.explanation.en} See ${other.en}.` } }))),
    ).toEqual([expect.stringMatching(new RegExp(`russian-state-library: ${other.en}, another institution's name, is used in`, 'u'))]);
    // The Russian State Library, in Moscow, is not the National Library of Russia in St Petersburg.
    expect(library.explanation.zh).not.toContain('俄罗斯国家图书馆');
    expect(library.explanation.en).not.toMatch(/Russia’s national library/u);
  });
});
