import { describe, expect, it } from 'vitest';
import { apparatusSummary } from '../../src/lib/editorial/apparatus';
import { independentSources } from '../../src/lib/editorial/independence';
import { editorialProblems, editorialTextProblems, loadEditorial } from '../../src/lib/editorial/load';
import { readFingerprintStore } from '../../src/lib/fingerprints';
import { paragraphRef, compareRefs } from '../../src/lib/references';
import { createToSimplified } from '../../src/lib/traditional';
import { printed } from '../helpers/editions';

const editorial = loadEditorial();
const toSimplified = createToSimplified();
/** As the witnesses write it: Simplified, and the ASCII punctuation of aggregator copies read as full-width. */
const comparable = (text: string) =>
  toSimplified(text).replace(/,/gu, '，').replace(/;/gu, '；').replace(/:/gu, '：').replace(/\(/gu, '（').replace(/\)/gu, '）');

const text = printed();
const paragraphs = text.documents.flatMap((document) =>
  document.sections.flatMap((section) =>
    section.blocks.map((block, index) => ({ ref: paragraphRef(document.id, section.number, index + 1), text: block.text })),
  ),
);

describe('every editorial claim carries its evidence', () => {
  it('each reading of the published text is quoted from each witness cited for it, and the print is not', () => {
    for (const entry of editorial.differences.filter((d) => d.basis === 'published')) {
      expect(entry.witnesses.length, entry.id).toBeGreaterThan(0);
      for (const { witness, quote } of entry.witnesses) {
        expect(comparable(quote), `${entry.id} ${witness}`).toContain(comparable(entry.reading));
        expect(comparable(quote), `${entry.id} ${witness}`).not.toContain(comparable(entry.printed));
      }
    }
  });

  it('a conjecture cites no witness, says it is a conjecture, and gives its reasoning in both languages', () => {
    const conjectures = editorial.differences.filter((d) => d.basis === 'conjecture');
    expect(conjectures.length).toBeGreaterThan(0);
    for (const entry of conjectures) {
      expect(entry.witnesses, entry.id).toEqual([]);
      expect(entry.comment.en, entry.id).toMatch(/^Conjecture\. /u);
      expect(entry.comment.zh, entry.id).toMatch(/^推测。/u);
      for (const { witness } of entry.sources) expect(editorial.witnesses.get(witness)?.text, entry.id).toBe('other');
    }
  });

  it('the notes on wordings that are not misprints quote the published text with the printed wording', () => {
    for (const note of editorial.wordingNotes) {
      for (const { quote } of note.witnesses) expect(comparable(quote), note.ref).toContain(comparable(note.printed));
    }
  });

  it('every witness is an address with its outlet and kind, and is cited somewhere', () => {
    const cited = new Set([
      ...editorial.differences.flatMap((d) =>
        [...d.witnesses, ...d.sources, ...d.context, ...(d.russian?.witnesses ?? [])].map((c) => c.witness),
      ),
      ...editorial.wordingNotes.flatMap((n) => n.witnesses.map((c) => c.witness)),
      ...editorial.log.flatMap((e) => [...e.witnesses, ...(e.russian?.witnesses ?? [])].map((c) => c.witness)),
    ]);
    for (const witness of editorial.witnesses.values()) {
      expect(witness.url, witness.id).toMatch(/^https?:\/\//u);
      expect(cited.has(witness.id), `${witness.id} is cited nowhere`).toBe(true);
    }
  });

  it('the cross-checks between the files find what they should', () => {
    expect(editorialProblems(editorial)).toEqual([]);
    const first = editorial.differences.find((d) => d.ref === '1.1')!;
    const later = editorial.differences.find((d) => d.ref === '2.3')!;
    const broken = {
      ...editorial,
      differences: [
        { ...later, witnesses: [{ witness: 'no-such-page', quote: '…' }] },
        { ...first, id: 'p9-9a' },
      ],
    };
    expect(editorialProblems(broken)).toEqual([
      expect.stringContaining(`${later.id}: no witness no-such-page`),
      expect.stringContaining('p9-9a does not name paragraph 1.1'),
      expect.stringContaining(`p9-9a comes before ${later.id} in reading order`),
    ]);
  });
});

describe('the cross-references between the report and the statement', () => {
  const text = (ref: string) => paragraphs.find((p) => p.ref === ref)?.text;
  const [first, second] = editorial.crossReferences;

  it('name paragraphs that exist, one entry per report paragraph, in reading order', () => {
    expect(editorialTextProblems(editorial, text, readFingerprintStore()).get('content/editorial/cross-references.yaml')).toBeUndefined();
    expect(editorialProblems(editorial)).toEqual([]);
  });

  it('are checked: a paragraph that does not exist, a paragraph named twice, entries out of order', () => {
    const broken = {
      ...editorial,
      crossReferences: [
        { ...second!, statement: ['4.5', '4.5'] },
        { ...first!, statement: ['4.99'] },
      ],
    };
    expect(editorialTextProblems(broken, text, readFingerprintStore()).get('content/editorial/cross-references.yaml')).toEqual([
      `${first!.report}: there is no paragraph 4.99`,
    ]);
    expect(editorialProblems(broken)).toEqual([
      expect.stringContaining(`${second!.report} names 4.5 twice`),
      expect.stringContaining(`${first!.report} comes after ${second!.report}`),
    ]);
  });
});

describe('the collation log', () => {
  it('has every paragraph of both documents, and their titles, subheadings and byline, once, in reading order', () => {
    const refs = editorial.log.map((entry) => entry.ref);
    const logged = refs.filter((ref) => /^R?\d+\.\d+$/u.test(ref));
    expect(logged).toEqual(paragraphs.map((p) => p.ref));
    expect([...logged].sort(compareRefs)).toEqual(logged);
    expect(refs.filter((ref) => !/^R?\d+\.\d+$/u.test(ref)).sort()).toEqual([
      'R-byline',
      'R-subtitle',
      'R-title',
      'R1-heading',
      'R2-heading',
      'R3-heading',
      'title',
    ]);
  });

  it('agrees with the apparatus: a paragraph differs exactly where a published reading is recorded, and has no witness exactly where it says so', () => {
    const differing = new Set(editorial.differences.filter((d) => d.basis === 'published').map((d) => d.ref));
    for (const entry of editorial.log) {
      expect(entry.result === 'differs', entry.ref).toBe(differing.has(entry.ref));
      expect(entry.result === 'no-witness', entry.ref).toBe(entry.witnesses.length === 0);
    }
    for (const entry of editorial.differences.filter((d) => d.basis === 'published')) {
      const logged = editorial.log.find((e) => e.ref === entry.ref)!;
      for (const { witness } of entry.witnesses)
        expect(
          logged.witnesses.map((w) => w.witness),
          entry.id,
        ).toContain(witness);
    }
  });

  it('gives the counts the apparatus page reports', () => {
    const summary = apparatusSummary(editorial);
    expect(summary.paragraphs).toBe(76);
    expect(summary.collated + summary.unwitnessed).toBe(76);
    expect(summary.published + summary.conjectures).toBe(summary.differences);
    expect(summary.meaning).toBe(editorial.differences.filter((d) => d.changesMeaning).length);
  });
});

describe('independent sources', () => {
  it('group every witness, each group saying on what evidence, and count each group once', () => {
    expect(editorial.grouping).toMatch(/one independent source/u);
    for (const source of editorial.sources.values()) expect(source.evidence.length, source.id).toBeGreaterThan(40);
    const sourcesOf = (id: string) =>
      independentSources(editorial, editorial.differences.find((d) => d.id === id)!.witnesses).map((s) => s.id);
    // 1.1 rests on the 中评社 reprint and the reposting network: two sources, however many pages.
    expect(sourcesOf('p1-1a')).toEqual(['crntt', 'reposting-network']);
    // 4.7: four pages, one network, one source.
    expect(editorial.differences.find((d) => d.id === 'p4-7a')!.witnesses.length).toBeGreaterThanOrEqual(4);
    expect(sourcesOf('p4-7a')).toEqual(['reposting-network']);
  });

  it('are counted for every reading: at least one behind a published reading, the supporting publications behind a conjecture', () => {
    for (const entry of editorial.differences.filter((d) => d.basis === 'published'))
      expect(independentSources(editorial, entry.witnesses).length, entry.id).toBeGreaterThan(0);
    const conjecture = (id: string) => editorial.differences.find((d) => d.id === id)!.sources;
    expect(independentSources(editorial, conjecture('r2-5a')).map((s) => s.id)).toEqual(['chisa', 'guangming']);
    expect(independentSources(editorial, conjecture('r2-7a'))).toEqual([]);
  });
});

describe('the official Russian text', () => {
  const statementRefs = (ref: string) => ref === 'title' || /^\d+\.\d+$/u.test(ref);

  it('is a witness of its own kind, official and in Russian, and the collation log says for every statement paragraph what its English was compared with it for', () => {
    const official = [...editorial.witnesses.values()].filter((w) => w.text === 'russian' && w.kind === 'official');
    expect(official.map((w) => [w.script, w.source])).toEqual([['ru', 'kremlin-russian-text']]);
    const statement = editorial.log.filter((entry) => statementRefs(entry.ref));
    expect(statement).toHaveLength(1 + paragraphs.filter((p) => !p.ref.startsWith('R')).length);
    for (const entry of statement) expect(entry.russian?.compared, entry.ref).toBeTruthy();
    for (const entry of editorial.log.filter((e) => !statementRefs(e.ref))) expect(entry.russian, entry.ref).toBeUndefined();
    const found = statement.filter((entry) => entry.russian!.result !== 'not-found');
    expect(found.length).toBeGreaterThanOrEqual(10);
    for (const entry of found)
      for (const { witness, quote } of entry.russian!.witnesses) {
        expect(['russian', 'russian-translation'], entry.ref).toContain(editorial.witnesses.get(witness)!.text);
        expect([...quote].length, `${entry.ref}: the Russian is quoted short`).toBeLessThanOrEqual(160);
      }
  });

  it('decides the sense where it could be read: the figure in 1.3, the name of the war in 1.1', () => {
    expect(editorial.differences.find((d) => d.id === 'p1-3a')!.russian?.supports).toBe('reading');
    expect(editorial.differences.find((d) => d.id === 'p1-1a')!.russian?.supports).toBe('reading');
  });

  it('is required: a statement paragraph without its Russian comparison, or a long Russian quotation, is refused', () => {
    const [first] = editorial.log;
    const long = 'д'.repeat(161);
    const broken = {
      ...editorial,
      log: [
        { ...first!, russian: undefined },
        { ...editorial.log[1]!, russian: { ...editorial.log[1]!.russian!, witnesses: [{ witness: 'kremlin-6309', quote: long }] } },
      ],
    };
    expect(editorialProblems(broken)).toEqual([
      expect.stringContaining('title does not say what its English was compared with the Russian text for'),
      expect.stringContaining('longer than 160 characters'),
    ]);
  });
});

describe('the comments claim no more than their evidence', () => {
  const comment = (id: string) => editorial.differences.find((d) => d.id === id)!.comment;

  it('say what the garbled byte of R1.1 rules out, not what it proves', () => {
    expect(comment('r1-1a').en).not.toMatch(/can only come from/u);
    expect(comment('r1-1a').en).toMatch(/could not have come from 官/u);
  });

  it('mark an argument as an argument, and cite or leave out a claim about usual wordings', () => {
    expect(comment('p1-3a').en).toMatch(/An argument of the editors, not evidence/u);
    expect(comment('p1-3a').zh).toMatch(/推论，不是证据/u);
    for (const entry of editorial.differences) expect(entry.comment.en, entry.id).not.toMatch(/usual wording|set phrase/u);
  });

  it('give findings, not the story of an earlier guess', () => {
    for (const entry of editorial.differences) expect(entry.comment.en, entry.id).not.toMatch(/once conjectured|earlier guess|previously/u);
  });
});
