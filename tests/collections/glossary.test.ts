import { readFingerprintStore } from '../../src/lib/fingerprints';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { englishEdition } from '../../src/lib/collections/english-edition';
import { glossaryViews, sortGlossary } from '../../src/lib/glossary/glossary-view';
import { GLOSSARY_FILE, loadGlossary, termForms } from '../../src/lib/glossary/load-glossary';
import { glossaryEntrySchema } from '../../src/lib/glossary/schema';
import { loadEditorial } from '../../src/lib/editorial/load';
import { printed, translations } from '../helpers/editions';

const entries = loadGlossary();
const raw: Record<string, unknown>[] = parse(readFileSync(GLOSSARY_FILE, 'utf8'));
const allText = (edition: ReturnType<typeof printed>) =>
  edition.documents
    .flatMap((d) => [
      d.title,
      d.subtitle ?? '',
      d.byline ?? '',
      ...d.sections.flatMap((s) => [s.heading ?? '', ...s.blocks.map((b) => b.text)]),
    ])
    .join('\n');
const chinese = allText(printed());
const english = allText(englishEdition(printed(), translations(), readFingerprintStore()));

describe('the glossary', () => {
  it('has at least 40 entries with unique ids, and related entries that exist', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    const ids = new Set(entries.map((e) => e.id));
    expect(ids.size).toBe(entries.length);
    for (const entry of entries) for (const id of entry.related) expect(ids.has(id), `${entry.id} → ${id}`).toBe(true);
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

  it('has no entry whose term or forms occur nowhere in the text', () => {
    const nowhere = entries.flatMap((e) =>
      [e.term, ...(e.forms ?? [])].filter((form) => !chinese.includes(form)).map((form) => `${e.id}: ${form}`),
    );
    expect(nowhere).toEqual([]);
  });

  it('has no English name that the translation never uses', () => {
    const nowhere = entries.flatMap((e) =>
      [e.en, ...(e.enForms ?? [])].filter((form) => !english.includes(form)).map((form) => `${e.id}: ${form}`),
    );
    expect(nowhere).toEqual([]);
  });

  it('gives no form to two entries, in any edition', () => {
    for (const edition of ['zh-hans', 'zh-hant', 'en'] as const) {
      const forms = termForms(entries, edition);
      const owners = new Map<string, string>();
      for (const { text, id } of forms) {
        expect(owners.get(text) ?? id, `${edition}: ${text}`).toBe(id);
        owners.set(text, id);
      }
    }
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
    const misprinted = entries.filter((entry) => entry.published !== undefined);
    expect(misprinted.map((entry) => entry.id)).toContain('pashkov-house');
    const differences = loadEditorial().differences;
    for (const entry of misprinted) {
      const difference = differences.find((d) => entry.term.includes(d.printed) || d.printed.includes(entry.term));
      expect(difference, entry.id).toBeDefined();
      expect(entry.published, entry.id).toBe(entry.term.replace(difference!.printed, difference!.reading));
      const view = glossaryViews(
        entries,
        'zh-hans',
        new Map(),
        (text) => text,
        (text) => text,
      ).find((v) => v.id === entry.id)!;
      expect(view.published).toBe(entry.published);
      expect(entry.explanation.en, entry.id).toContain(entry.published!);
      expect(entry.explanation.zh, entry.id).toContain(entry.published!);
    }
    expect(
      glossaryViews(
        entries,
        'en',
        new Map(),
        (text) => text,
        (text) => text,
      ).find((v) => v.id === 'pashkov-house')!.pinyin,
    ).toBe('Pàshíkēfū Gōng');
  });

  it('repeats in no explanation a reading that the apparatus corrects, unless it gives the correction beside it', () => {
    // The apparatus corrects a printed reading wherever the English does not follow the print (a conjecture kept as printed is not a correction).
    const corrected = loadEditorial().differences.filter((difference) => difference.translation.follows !== 'printed');
    const repeated: string[] = [];
    for (const entry of entries)
      for (const difference of corrected) {
        if (entry.explanation.zh.includes(difference.printed) && !entry.explanation.zh.includes(difference.reading))
          repeated.push(`${entry.id} (zh): «${difference.printed}» (${difference.id})`);
        const { rejects, renders } = difference.translation;
        if (rejects && entry.explanation.en.includes(rejects) && !(renders && entry.explanation.en.includes(renders)))
          repeated.push(`${entry.id} (en): “${rejects}” (${difference.id})`);
      }
    expect(repeated).toEqual([]);
  });

  it('gives no name to two entries, and uses nowhere the name of another institution that an entry must not be taken for', () => {
    const key = (name: string) => name.toLowerCase().replace(/^the /u, '');
    const names = (entry: (typeof entries)[number]) =>
      [entry.term, ...(entry.forms ?? []), entry.published, entry.en, ...(entry.enForms ?? []), entry.ru].filter(
        (name): name is string => name !== undefined,
      );
    const owners = new Map<string, string>();
    const shared: string[] = [];
    for (const entry of entries)
      for (const name of new Set(names(entry).map(key))) {
        const owner = owners.get(name);
        if (owner && owner !== entry.id) shared.push(`${name}: ${owner} and ${entry.id}`);
        owners.set(name, entry.id);
      }
    expect(shared).toEqual([]);

    const others = entries.flatMap((entry) =>
      (entry.distinctFrom ?? []).flatMap((other) => [other.zh, other.en, other.ru].filter(Boolean).map((name) => ({ entry, name: name! }))),
    );
    expect(others.map(({ entry }) => entry.id)).toEqual(expect.arrayContaining(['russian-state-library', 'cmg-asia-europe-bureau']));
    const collisions: string[] = [];
    for (const { entry, name } of others) {
      if (owners.has(key(name))) collisions.push(`${entry.id}: ${name} is the name of the entry ${owners.get(key(name))}`);
      for (const text of entries.flatMap((e) => [e.explanation.en, e.explanation.zh, ...names(e)]))
        if (text.includes(name)) collisions.push(`${entry.id}: ${name} is used in “${text.slice(0, 40)}…”`);
    }
    expect(collisions).toEqual([]);
    // The Russian State Library, in Moscow, is not the National Library of Russia in St Petersburg.
    const library = entries.find((entry) => entry.id === 'russian-state-library')!;
    expect(library.explanation.zh).not.toContain('俄罗斯国家图书馆');
    expect(library.explanation.en).not.toMatch(/Russia’s national library/u);
  });
});
