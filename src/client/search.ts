/**
 * The search page. Reads ?q= (and ?doc=) on load and keeps them in step as the reader types, so a
 * search is itself a link. The search (src/shared/search/engine.ts) asks the Pagefind index for
 * candidates and checks each against its text; this module loads what it needs (on opening the page,
 * and as soon as the reader starts typing, not after the pause) and shows the results: a reference the
 * query names, the glossary entries it names, how many paragraphs match in each section, and the
 * paragraphs themselves, each a link that lands on the paragraph with the matched words highlighted.
 */
import { format, formatList, pluralForm } from '../shared/format';
import { countSummary } from '../shared/search/count';
import { paragraphIdOfRef } from '../shared/references';
import { search, type SearchHit, type SearchOutcome, type SearchSources, type TextsOf } from '../shared/search/engine';
import { decodeLexicon } from '../shared/search/english';
import { excerpt } from '../shared/search/exact-match';
import { cleanQuery, isChineseQuery } from '../shared/search/query';
import { paths } from '../shared/urls';
import type {
  ScriptTable,
  SearchCard,
  SearchName,
  SearchNamesData,
  SearchPageData,
  SearchSectionData,
  SearchTexts,
} from '../shared/contracts';
import { pageData } from './page-data';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { id: string }[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const list = document.querySelector<HTMLOListElement>('#search-results');
const status = document.querySelector<HTMLElement>('#search-status');
const entriesBox = document.querySelector<HTMLElement>('#search-entries');
const sectionsBox = document.querySelector<HTMLElement>('#search-sections');
const data = pageData('search');
const edition = data?.edition ?? 'zh-hans';
const sections = data?.sections ?? [];
const labels = data?.labels;
const chineseLang = edition === 'zh-hant' ? 'zh-Hant' : 'zh-Hans';

const loaded = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!loaded.has(key)) loaded.set(key, load());
  return loaded.get(key) as Promise<T>;
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json() as Promise<T>;
}

function pagefind(): Promise<Pagefind> {
  return once('pagefind', async () => {
    const index = (await import(/* @vite-ignore */ `${paths.searchIndex()}pagefind.js`)) as Pagefind;
    // The index is small: searching on the main thread saves downloading Pagefind's web worker.
    // The records' addresses are references, never shown: Pagefind must not add a base to them.
    await index.options({ basePath: paths.searchIndex(), baseUrl: '/', noWorker: true });
    await index.init();
    return index;
  });
}

const sources: SearchSources = {
  reader: edition === 'en' ? 'english' : 'chinese',
  texts: (script) =>
    once(`texts-${script}`, async () => {
      const texts = await json<SearchTexts>(paths.searchTexts(script === 'english' ? 'en' : edition === 'zh-hant' ? 'zh-hant' : 'zh-hans'));
      return { ...texts, lexicon: decodeLexicon(texts.lexicon ?? '') } satisfies TextsOf;
    }),
  names: () => once('names', () => json<SearchNamesData>(paths.searchNames())),
  table: () => once('table', () => json<ScriptTable>(paths.scriptTable())),
  async candidates(all) {
    const index = await pagefind();
    const ids = async (token: string) => new Set(((await index.search(token))?.results ?? []).map((result) => result.id));
    let found: Set<string> | undefined;
    for (const anyOf of all) {
      const union = new Set((await Promise.all(anyOf.map(ids))).flatMap((set) => [...set]));
      found = found ? new Set([...found].filter((id) => union.has(id))) : union;
    }
    return found ?? new Set();
  },
};

/** Starts loading what a query needs as soon as the reader shows what kind it is, before the pause that starts the search. */
function prepare(raw: string) {
  const query = cleanQuery(raw);
  if (query === '') return;
  void pagefind();
  void sources.names();
  void sources.texts(isChineseQuery(query) ? 'chinese' : 'english');
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function withHighlight(url: string, words: readonly string[]): string {
  const [path, fragment] = url.split('#');
  const params = new URLSearchParams();
  for (const word of words) params.append('hl', word);
  return `${path}${words.length > 0 ? `?${params.toString()}` : ''}#${fragment}`;
}

const paragraphHref = (hit: Pick<SearchHit, 'document' | 'section' | 'ref'>) =>
  `${paths.section(edition, hit.document, hit.section)}#${paragraphIdOfRef(hit.ref)}`;
const sectionOf = (document: string, section: number) => sections.find((s) => s.document === document && s.section === section);

/** The reference a query names, if there is such a paragraph or section. */
function referenceLink(outcome: SearchOutcome): HTMLLIElement | undefined {
  const reference = outcome.reference;
  const section = reference && sectionOf(reference.document, reference.section);
  if (!reference || !section) return undefined;
  let link: HTMLAnchorElement;
  if (reference.kind === 'paragraph') {
    const number = Number(reference.ref.split('.')[1]);
    if (number < 1 || number > section.paragraphs) return undefined;
    link = element('a', { href: paragraphHref(reference) }, format(labels?.jumpParagraph ?? '', { ref: reference.ref }));
  } else {
    link = element(
      'a',
      { href: paths.section(edition, reference.document, reference.section) },
      format(labels?.jumpSection ?? '', { section: section.label }),
    );
  }
  return element('li', { className: 'jump' }, link);
}

const card = (entry: SearchName) => once(`card-${entry.id}`, () => json<SearchCard>(paths.searchCard(edition, entry.id)));

function renderCard(entry: SearchName, view: SearchCard): HTMLElement {
  const heading = element('h2', { id: `entry-${entry.id}` }, view.title);
  const names = element('p', { className: 'names' });
  names.append(
    element('span', { lang: chineseLang }, view.chinese),
    ' · ',
    element('span', { lang: 'zh-Latn-pinyin' }, view.pinyin),
    ' · ',
    element('span', { lang: 'en' }, view.english),
  );
  if (view.russian)
    names.append(
      ' · ',
      element('span', { className: 'visually-hidden' }, `${labels?.russian ?? ''}: `),
      element('span', { lang: 'ru' }, view.russian),
    );
  const section = element(
    'section',
    { className: 'entry-card' },
    element('p', { className: 'entry-label' }, labels?.entry ?? ''),
    heading,
    names,
    element('p', { className: 'explanation' }, view.explanation),
    element('p', { className: 'more' }, element('a', { href: paths.glossaryEntry(edition, entry.id) }, labels?.glossaryMore ?? '')),
  );
  section.setAttribute('aria-labelledby', heading.id);
  return section;
}

function render(outcome: SearchOutcome, cards: readonly SearchCard[], scope: string) {
  if (!data || !list || !status || !entriesBox || !sectionsBox) return;
  const hits = outcome.hits.filter((hit) => scope === '' || hit.document === scope);
  const jump = referenceLink(outcome);
  const items = hits.map((hit) => {
    const section = sectionOf(hit.document, hit.section);
    const link = element(
      'a',
      { href: withHighlight(paragraphHref(hit), hit.words) },
      element('span', { className: 'result-ref' }, hit.ref),
      ' ',
      element('span', { className: 'result-section' }, section?.label ?? ''),
      element(
        'span',
        { className: 'result-excerpt', lang: hit.script === 'english' ? 'en' : chineseLang },
        ...excerpt(hit.text, hit.spans).map((part) => (part.hit ? element('mark', {}, part.text) : part.text)),
      ),
    );
    return element('li', { id: `result-${paragraphIdOfRef(hit.ref)}` }, link);
  });
  list.replaceChildren(...(jump ? [jump] : []), ...items);
  jumpHref = jump?.querySelector('a')?.href;
  entriesBox.replaceChildren(...outcome.entries.map((entry, index) => renderCard(entry, cards[index]!)));

  // How many paragraphs match in each section, each a link to its first result.
  const counts = new Map<string, { section: SearchSectionData; count: number; first: SearchHit }>();
  for (const hit of hits) {
    const key = `${hit.document}/${hit.section}`;
    const known = counts.get(key);
    if (known) known.count += 1;
    else counts.set(key, { section: sectionOf(hit.document, hit.section)!, count: 1, first: hit });
  }
  sectionsBox.hidden = counts.size === 0;
  const parts: (Node | string)[] = [labels?.bySection ?? '', ' '];
  let document = '';
  for (const { section, count, first } of counts.values()) {
    if (section.document !== document) {
      if (document !== '') parts.push('；');
      parts.push(`${data.documentNames[section.document]} `);
      document = section.document;
    } else parts.push(' · ');
    const link = element('a', { href: `#result-${paragraphIdOfRef(first.ref)}` }, `${section.short} (${count})`);
    link.setAttribute('aria-label', `${section.label}: ${count}`);
    parts.push(link);
  }
  sectionsBox.replaceChildren(...parts);
  // A reference that matches no text is not a failed search: the line says where Enter leads.
  status.textContent =
    hits.length > 0
      ? countLine(data, outcome, hits, cards)
      : jump
        ? format(labels?.reference ?? '', { jump: jump.textContent ?? '' })
        : format(labels?.noResults ?? '', { q: outcome.query });
}

/** "12 paragraphs contain “联合国”; the entry United Nations occurs in 9." (src/shared/search/count.ts) */
function countLine(
  { count, lang }: SearchPageData,
  outcome: SearchOutcome,
  hits: readonly SearchHit[],
  cards: readonly SearchCard[],
): string {
  const summary = countSummary(hits, outcome.textRefs, outcome.entries, outcome.script);
  const quote = (text: string) => format(count.alsoAsForm, { form: text });
  const also =
    summary.alsoAs.length === 0
      ? ''
      : format(count.alsoAs, { forms: lang === 'en' ? formatList(summary.alsoAs.map(quote), lang) : summary.alsoAs.map(quote).join('、') });
  const forms = summary.verb === 'mention' ? count.mention : outcome.script === 'chinese' ? count.contain : count.match;
  const clauses = [format(pluralForm(forms, summary.total, lang), { n: summary.total, q: outcome.query, also })];
  for (const entry of summary.entries) {
    const title = cards[outcome.entries.findIndex((named) => named.id === entry.id)]?.title ?? entry.id;
    clauses.push(format(pluralForm(count.entry, entry.count, lang), { n: entry.count, entry: title }));
  }
  return `${clauses.join(count.join)}${count.end}`;
}

const scope = () => form?.querySelector<HTMLInputElement>('input[name="doc"]:checked')?.value ?? '';

let latest = 0;
let last: { outcome: SearchOutcome; cards: SearchCard[] } | undefined;
/** Where the reference the query names leads (Enter goes there). */
let jumpHref: string | undefined;
async function run(raw: string) {
  if (!data || !status || !list || !entriesBox || !sectionsBox) return;
  const query = cleanQuery(raw);
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', raw.slice(0, 1000));
  else url.searchParams.delete('q');
  if (scope()) url.searchParams.set('doc', scope());
  else url.searchParams.delete('doc');
  window.history.replaceState(null, '', url);
  const current = ++latest;
  jumpHref = undefined;
  if (!query) {
    list.replaceChildren();
    entriesBox.replaceChildren();
    sectionsBox.hidden = true;
    status.textContent = labels?.prompt ?? '';
    return;
  }
  status.textContent = labels?.searching ?? '';
  try {
    const outcome = await search(query, sources);
    const cards = await Promise.all(outcome.entries.map(card));
    if (current !== latest) return;
    last = { outcome, cards };
    render(outcome, cards, scope());
  } catch {
    if (current === latest) status.textContent = labels?.failed ?? '';
  }
}

if (form && input && list) {
  // Opening the search page is the first sign of intent: the index starts loading at once.
  void pagefind();
  void sources.names();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value).then(() => {
      if (jumpHref) window.location.assign(jumpHref);
    });
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name !== 'doc') return;
    if (last && cleanQuery(input.value) === last.outcome.query) {
      render(last.outcome, last.cards, scope());
      const url = new URL(window.location.href);
      if (scope()) url.searchParams.set('doc', scope());
      else url.searchParams.delete('doc');
      window.history.replaceState(null, '', url);
    } else void run(input.value);
  });
  let timer: number | undefined;
  input.addEventListener('input', () => {
    prepare(input.value);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[index + 1] : (links[index - 1] ?? input);
    next?.focus();
  });
  const params = new URLSearchParams(window.location.search);
  const initial = params.get('q') ?? '';
  const doc = params.get('doc') ?? '';
  const radio = form.querySelector<HTMLInputElement>(`input[name="doc"][value="${doc === 'statement' || doc === 'report' ? doc : ''}"]`);
  if (radio) radio.checked = true;
  input.value = initial;
  void run(initial);
}
