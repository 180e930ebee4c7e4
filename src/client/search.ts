/**
 * The search page. Reads ?q= on load and keeps it in step as the reader types; results are
 * paragraphs, each a link to that paragraph with the matched words to highlight there.
 * A Chinese query (in either script) finds exactly the paragraphs whose text contains it; any
 * other query is matched by Pagefind against the English translation, with English stemming.
 */
import { excerpt, findMatches, matchedText, toSimplifiedCharacters, type ExcerptPart, type ScriptTable } from '../lib/search/exact-match';
import { format } from '../lib/format';
import { compareRefs } from '../lib/references';
import { cleanQuery, isChineseQuery } from '../lib/search/query';
import { queryTokens } from '../lib/search/tokens';
import { inEdition, paths } from '../lib/urls';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { ref: string; section: string; text: string };
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

interface Result {
  ref: string;
  section: string;
  href: string;
  parts: ExcerptPart[];
  lang: string;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const list = document.querySelector<HTMLOListElement>('#search-results');
const status = document.querySelector<HTMLElement>('#search-status');
const root = document.querySelector<HTMLElement>('[data-search-edition]');

const bundles = new Map<string, Promise<Pagefind>>();
function bundle(name: string): Promise<Pagefind> {
  if (!bundles.has(name)) {
    bundles.set(
      name,
      (async () => {
        const url = `${paths.searchBundle(name)}pagefind.js`;
        const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
        // The index is small: searching on the main thread saves downloading Pagefind's web worker.
        // The records' addresses are complete (with the base path): Pagefind must not add its own.
        await pagefind.options({ basePath: paths.searchBundle(name), baseUrl: '/', noWorker: true });
        await pagefind.init();
        return pagefind;
      })(),
    );
  }
  return bundles.get(name)!;
}

let scriptTable: Promise<ScriptTable> | undefined;
function table(): Promise<ScriptTable> {
  scriptTable ??= fetch(paths.scriptTable()).then((response) => response.json() as Promise<ScriptTable>);
  return scriptTable;
}

function withHighlight(url: string, words: string[]): string {
  const [path, fragment] = url.split('#');
  const params = new URLSearchParams();
  for (const word of words) params.append('hl', word);
  return `${path}?${params.toString()}#${fragment}`;
}

async function searchChinese(query: string, edition: string): Promise<Result[]> {
  const textEdition = edition === 'en' ? 'zh-hans' : edition;
  const [pagefind, scripts] = await Promise.all([bundle(textEdition), table()]);
  const simplified = toSimplifiedCharacters(query, scripts).join('');
  const search = await pagefind.search(queryTokens(simplified).join(' '));
  const candidates = await Promise.all((search?.results ?? []).map((result) => result.data()));
  return candidates.flatMap((data) => {
    const matches = findMatches(data.meta.text, query, scripts);
    if (matches.length === 0) return [];
    const words = [...new Set(matches.map((match) => matchedText(data.meta.text, match)))];
    return [
      {
        ref: data.meta.ref,
        section: data.meta.section,
        href: withHighlight(inEdition(data.url, edition), words),
        parts: excerpt(data.meta.text, matches),
        lang: textEdition === 'zh-hant' ? 'zh-Hant' : 'zh-Hans',
      },
    ];
  });
}

/** Pagefind's excerpt, read as text with its <mark>s, never as HTML to insert. */
function pagefindExcerpt(html: string): ExcerptPart[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => ({ text: node.textContent ?? '', hit: node.nodeName === 'MARK' }));
}

async function searchEnglish(query: string, edition: string): Promise<Result[]> {
  const pagefind = await bundle('en');
  const search = await pagefind.search(query);
  const found = await Promise.all((search?.results ?? []).map((result) => result.data()));
  return found.map((data) => {
    const parts = pagefindExcerpt(data.excerpt);
    const words = [...new Set(parts.filter((part) => part.hit).map((part) => part.text))];
    return { ref: data.meta.ref, section: data.meta.section, href: withHighlight(inEdition(data.url, edition), words), parts, lang: 'en' };
  });
}

function render(results: Result[], query: string) {
  if (!list || !status || !root) return;
  const labels = root.dataset;
  list.replaceChildren(
    ...results.map((result) => {
      const link = document.createElement('a');
      link.href = result.href;
      const ref = Object.assign(document.createElement('span'), { className: 'result-ref', textContent: result.ref });
      const section = Object.assign(document.createElement('span'), { className: 'result-section', textContent: result.section });
      const text = Object.assign(document.createElement('span'), { className: 'result-excerpt', lang: result.lang });
      text.append(
        ...result.parts.map((part) =>
          part.hit ? Object.assign(document.createElement('mark'), { textContent: part.text }) : document.createTextNode(part.text),
        ),
      );
      link.append(ref, ' ', section, text);
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
  status.textContent = format((results.length === 0 ? labels.noResults : labels.count) ?? '', { n: results.length, q: query });
}

let latest = 0;
async function run(raw: string) {
  if (!root || !status || !list) return;
  const query = cleanQuery(raw);
  const edition = root.dataset.searchEdition ?? 'zh-hans';
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', raw.slice(0, 1000));
  else url.searchParams.delete('q');
  window.history.replaceState(null, '', url);
  const run = ++latest;
  if (!query) {
    list.replaceChildren();
    status.textContent = root.dataset.prompt ?? '';
    return;
  }
  status.textContent = root.dataset.searching ?? '';
  try {
    const results = isChineseQuery(query) ? await searchChinese(query, edition) : await searchEnglish(query, edition);
    if (run !== latest) return;
    render(
      results.sort((a, b) => compareRefs(a.ref, b.ref)),
      query,
    );
  } catch {
    if (run === latest) status.textContent = root.dataset.failed ?? '';
  }
}

if (form && input && list) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  let timer: number | undefined;
  input.addEventListener('input', () => {
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
  const initial = new URLSearchParams(window.location.search).get('q') ?? '';
  input.value = initial;
  void run(initial);
}
