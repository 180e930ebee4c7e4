import { describe, expect, it } from 'vitest';
import { apparatusSummary } from '../../src/lib/editorial/apparatus';
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
      ...editorial.differences.flatMap((d) => [...d.witnesses, ...d.sources].map((c) => c.witness)),
      ...editorial.wordingNotes.flatMap((n) => n.witnesses.map((c) => c.witness)),
      ...editorial.log.flatMap((e) => e.witnesses.map((c) => c.witness)),
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
