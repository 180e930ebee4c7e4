import { describe, expect, it } from 'vitest';
import { apparatusSummary } from '../../src/lib/editorial/apparatus';
import { independentSources } from '../../src/lib/editorial/independence';
import { editorialProblems, editorialTextProblems, evidenceProblems, type Editorial } from '../../src/lib/editorial/load';
import { readFingerprintStore } from '../../src/lib/fingerprints';
import { paragraphRef } from '../../src/shared/references';
import { content } from '../helpers/content';

const { editorial, editions, scripts } = content();
const paragraphs = editions.simplified.documents.flatMap((document) =>
  document.sections.flatMap((section) =>
    section.blocks.map((block, index) => ({ ref: paragraphRef(document.id, section.number, index + 1), text: block.text })),
  ),
);
const refs = paragraphs.map((p) => p.ref);
const evidence = (changed: Partial<Editorial>) => evidenceProblems({ ...editorial, ...changed }, scripts.toSimplified, refs);
const published = editorial.differences.find((d) => d.basis === 'published' && d.witnesses.length > 0)!;
const conjecture = editorial.differences.find((d) => d.basis === 'conjecture')!;
const withDifference = (entry: (typeof editorial.differences)[number]) => editorial.differences.map((d) => (d.id === entry.id ? entry : d));

describe('every editorial claim carries its evidence (evidenceProblems, which the split runs)', () => {
  it('holds for the editorial files as they are', () => {
    expect(editorial.differences.filter((d) => d.basis === 'conjecture').length).toBeGreaterThan(0);
    expect(evidence({})).toEqual([]);
  });

  it('refuses a published reading whose witness’s quotation lacks the reading, or has the print', () => {
    const [cited] = published.witnesses;
    expect(evidence({ differences: withDifference({ ...published, witnesses: [{ ...cited!, quote: '……' }] }) })).toEqual([
      expect.stringMatching(new RegExp(`${published.id}: the quotation of ${cited!.witness} does not have the reading`, 'u')),
    ]);
    expect(
      evidence({ differences: withDifference({ ...published, witnesses: [{ ...cited!, quote: `${cited!.quote}${published.printed}` }] }) }),
    ).toEqual([expect.stringMatching(new RegExp(`${published.id}: the quotation of ${cited!.witness} has the print`, 'u'))]);
  });

  it('refuses a conjecture that does not say it is one, in both languages', () => {
    expect(
      evidence({
        differences: withDifference({
          ...conjecture,
          comment: { ...conjecture.comment, zh: conjecture.comment.zh.replace(/^推测。/u, '') },
        }),
      }),
    ).toEqual([expect.stringMatching(new RegExp(`${conjecture.id}: a conjecture's comment begins`, 'u'))]);
  });

  it('refuses a note on a wording whose witness does not quote the printed wording', () => {
    const note = editorial.wordingNotes.find((n) => n.witnesses.length > 0)!;
    const [cited] = note.witnesses;
    expect(
      evidence({ wordingNotes: editorial.wordingNotes.map((n) => (n === note ? { ...n, witnesses: [{ ...cited!, quote: '……' }] } : n)) }),
    ).toEqual([expect.stringMatching(new RegExp(`${note.ref}: the quotation of ${cited!.witness} does not have`, 'u'))]);
  });

  it('refuses a witness cited nowhere', () => {
    const [witness] = editorial.witnesses.values();
    const witnesses = new Map(editorial.witnesses).set('uncited-page', { ...witness!, id: 'uncited-page' });
    expect(evidence({ witnesses })).toEqual([expect.stringMatching(/uncited-page is cited nowhere/u)]);
    for (const w of editorial.witnesses.values()) expect(w.url, w.id).toMatch(/^https?:\/\//u);
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
  it('refuses a log without every paragraph once in reading order, or without the titles, subheadings and byline', () => {
    const [one, two] = [editorial.log.findIndex((entry) => entry.ref === '1.1'), editorial.log.findIndex((entry) => entry.ref === '1.2')];
    const swapped = editorial.log.map((entry, index) =>
      index === one ? editorial.log[two]! : index === two ? editorial.log[one]! : entry,
    );
    expect(evidence({ log: swapped })).toEqual([
      expect.stringMatching(/the paragraphs logged are not the text's, once each in reading order/u),
    ]);
    const paragraph = editorial.log.findIndex((entry) => entry.ref === '1.2');
    expect(evidence({ log: editorial.log.filter((_, index) => index !== paragraph) })).toEqual([
      expect.stringMatching(/the paragraphs logged are not the text's, once each in reading order/u),
    ]);
    expect(evidence({ log: editorial.log.filter((entry) => entry.ref !== 'R-byline') })).toEqual([
      expect.stringMatching(/the titles, subheadings and byline logged are not/u),
    ]);
  });

  it('refuses a log that disagrees with the apparatus: a difference not logged, a witness not logged', () => {
    const logged = editorial.log.find((entry) => entry.ref === published.ref)!;
    expect(evidence({ log: editorial.log.map((entry) => (entry === logged ? { ...entry, result: 'agrees' as const } : entry)) })).toEqual([
      expect.stringMatching(
        new RegExp(`${published.ref.replace('.', '\\.')} has a published reading in the apparatus, so it differs`, 'u'),
      ),
    ]);
    const [cited] = published.witnesses;
    expect(
      evidence({
        log: editorial.log.map((entry) =>
          entry === logged ? { ...entry, witnesses: entry.witnesses.filter((w) => w.witness !== cited!.witness) } : entry,
        ),
      }),
    ).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`does not log ${cited!.witness}, which ${published.id} cites`, 'u'))]),
    );
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
