import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Edition } from '../editions';
import { uiText } from '../ui';
import type { Editorial } from './load';
import { independentSources } from './independence';
import { citedWitnesses, contextLine, independenceLine, russianLine, witnessLang, witnessLinks } from './notes';
import type { Difference } from './schema';

/** The figures the apparatus page and the closing notes give: what was collated, what differs, on how many sources, against the Russian. */
export function apparatusSummary(editorial: Editorial) {
  const { differences, log } = editorial;
  const paragraphs = log.filter((entry) => /^R?\d+\.\d+$/u.test(entry.ref));
  const statement = log.filter((entry) => entry.russian !== undefined);
  return {
    single: differences.filter((entry) => entry.basis === 'published' && independentSources(editorial, entry.witnesses).length === 1)
      .length,
    statement: statement.length,
    russian: statement.filter((entry) => entry.russian!.result !== 'not-found').length,
    paragraphs: paragraphs.length,
    collated: paragraphs.filter((entry) => entry.result !== 'no-witness').length,
    unwitnessed: paragraphs.filter((entry) => entry.result === 'no-witness').length,
    differences: differences.length,
    published: differences.filter((entry) => entry.basis === 'published').length,
    conjectures: differences.filter((entry) => entry.basis === 'conjecture').length,
    meaning: differences.filter((entry) => entry.changesMeaning).length,
  };
}

/** The basis cell of an apparatus row: the published text or a conjecture, and each witness or source with its quoted wording. */
export function apparatusBasis(editorial: Editorial, entry: Difference, edition: Edition, toWords: (text: string) => string): Element {
  const ui = uiText(edition);
  const citations = entry.basis === 'published' ? entry.witnesses : entry.sources;
  const witnesses = citedWitnesses(editorial, citations);
  const links = witnessLinks(witnesses, edition, toWords);
  const colon = edition === 'en' ? ': ' : '：';
  return h('div', [
    h('p', entry.basis === 'published' ? ui.basisPublished : ui.basisConjecture),
    ...(entry.basis === 'conjecture' && citations.length > 0 ? [h('p', ui.supportingSources)] : []),
    ...(citations.length > 0
      ? [
          h(
            'ul',
            { class: 'citations' },
            citations.map((citation, index) =>
              h('li', [...links[index]!, colon, h('q', { lang: witnessLang(witnesses[index]!) }, citation.quote)]),
            ),
          ),
        ]
      : []),
    h('p', { class: 'independence' }, independenceLine(editorial, citations, edition, toWords)),
    ...(entry.russian ? [h('p', { class: 'russian-sense' }, russianLine(editorial, entry.russian, edition, toWords))] : []),
    ...(entry.context.length > 0 ? [h('p', { class: 'context' }, contextLine(editorial, entry.context, edition, toWords))] : []),
  ]);
}
