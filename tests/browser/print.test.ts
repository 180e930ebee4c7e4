/**
 * Printing a section page, as Chromium prints it to PDF on A4 (upright and across) and US Letter: the
 * text layer of the PDF (pdftotext, with the position of every word) must hold each paragraph as its
 * reference, then its two languages side by side (or the one language of the single view), its notes
 * after it, and nothing of the navigation or the controls.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findAll, flowOrder, type Found, type PdfText, pdfText, squeeze } from '../helpers/pdf-text';
import { withSiteAndBrowser } from '../helpers/site';

const env = withSiteAndBrowser();
let context: BrowserContext;
beforeAll(async () => {
  context = await env.sharedContext();
});

/** The papers, in CSS pixels (96 to the inch) as Chromium lays a page out on them. */
const PAPERS = [
  { name: 'A4 portrait', pdf: { format: 'A4' }, width: (210 / 25.4) * 96, height: (297 / 25.4) * 96 },
  { name: 'A4 landscape', pdf: { format: 'A4', landscape: true }, width: (297 / 25.4) * 96, height: (210 / 25.4) * 96 },
  { name: 'US Letter', pdf: { format: 'Letter' }, width: 8.5 * 96, height: 11 * 96 },
] as const;
type Paper = (typeof PAPERS)[number];

/**
 * Each edition once, each on a different paper: the layout is one stylesheet, and each print costs
 * seconds (Chromium embeds a subset of every CJK font it prints).
 */
const PRINTS: { path: string; paper: Paper }[] = [
  { path: '/zh-hans/statement/2/', paper: PAPERS[0] },
  { path: '/en/report/1/', paper: PAPERS[2] },
  { path: '/zh-hant/report/2/', paper: PAPERS[1] },
];

/** Two texts that begin on the same line are within half a line of each other (lines are 20 pt apart or more in print). */
const SAME_LINE = 10;

interface Paragraph {
  ref: string;
  primary: string;
  primaryLang: string;
  companion: string;
  /** The label of each note of the paragraph, in order (editors' notes, see also, translator's note). */
  notes: string[];
}

interface PageText {
  paragraphs: Paragraph[];
  /** All the text of the section, hidden parts too: what a needle must be unique in. */
  whole: string;
  /** Texts of the navigation and the controls, which must not print. */
  controls: string[];
}

/** What the built page says: each paragraph's reference, the beginning of its texts (up to its first note), its notes. */
function readPage(page: Page): Promise<PageText> {
  return page.evaluate(() => {
    const notes = '.editorial-note, .see-also, .translator-note';
    const textBefore = (span: Element | null) => {
      let text = '';
      for (const node of span?.childNodes ?? []) {
        if (node instanceof Element && node.matches(notes)) break;
        text += node.textContent ?? '';
      }
      return text;
    };
    return {
      paragraphs: [...document.querySelectorAll('.reading-text [data-ref]')].map((paragraph) => ({
        ref: paragraph.querySelector(':scope > a.ref')?.textContent ?? '',
        primary: textBefore(paragraph.querySelector(':scope > .primary')),
        primaryLang: paragraph.querySelector(':scope > .primary')?.getAttribute('lang') ?? '',
        companion: textBefore(paragraph.querySelector(':scope > .companion')),
        notes: [...paragraph.querySelectorAll('.editorial-note-label, .see-also-label, .translator-note-label')].map(
          (label) => label.textContent ?? '',
        ),
      })),
      whole: document.querySelector('.parallel-text')?.textContent ?? '',
      controls: [
        ...document.querySelectorAll(
          '.skip-link, .site-name, .breadcrumb, .view-toggle label, .view-toggle .hint, .pager small, .site-footer',
        ),
      ].map((element) => element.textContent ?? ''),
    };
  });
}

/**
 * The shortest beginning of a text (at least `min` characters, white space aside) found only once in the
 * section, short enough to sit on the first line of a column; undefined if there is none.
 */
function needle(text: string, whole: string, min: number): string | undefined {
  const squeezed = squeeze(text);
  const everything = squeeze(whole);
  for (let length = min; length <= Math.min(squeezed.length, 2 * min); length++) {
    const candidate = squeezed.slice(0, length);
    if (everything.indexOf(candidate) === everything.lastIndexOf(candidate)) return candidate;
  }
  return undefined;
}

const needleOf = (text: string, lang: string, whole: string) => needle(text, whole, lang.startsWith('zh') ? 8 : 16);

/** The one place of a text in the text layer. */
function placeOf(text: PdfText, wanted: string, what: string): Found {
  const found = findAll(text, wanted);
  expect(found, `${what} ("${wanted}") once in the text layer`).toHaveLength(1);
  return found[0]!;
}

/** The reference printed for a paragraph: the word that is the reference, on the page of its text, left of it and nearest in height. */
function referenceOf(text: PdfText, ref: string, start: Found) {
  return text.lines
    .flatMap((line, index) => line.words.map((word) => ({ ...word, line: index })))
    .filter((word) => squeeze(word.text) === squeeze(ref) && word.page === start.page && word.xMax <= start.x + 1)
    .map((word) => ({ ...word, y: (word.yMin + word.yMax) / 2 }))
    .sort((a, b) => Math.abs(a.y - start.y) - Math.abs(b.y - start.y))[0];
}

/** The lines that begin a note with this label. */
const noteLines = (text: PdfText, label: string) =>
  text.lines
    .filter((line) => line.text.startsWith(squeeze(label)))
    .map((line) => ({ page: line.page, y: (line.words[0]!.yMin + line.words[0]!.yMax) / 2 }));

/** The page's @page margins in CSS pixels (top, right, bottom, left). */
const pageMargins = (page: Page) =>
  page.evaluate(() => {
    const rule = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).find((r) => r instanceof CSSPageRule);
    const probe = document.body.appendChild(document.createElement('div'));
    const px = (length: string) => {
      probe.style.width = length || '0';
      return probe.getBoundingClientRect().width;
    };
    const margins = ['top', 'right', 'bottom', 'left'].map((side) => px(rule?.style.getPropertyValue(`margin-${side}`) ?? '0'));
    probe.remove();
    return margins as [number, number, number, number];
  });

/**
 * The bounds of the page count, from the section laid out for print on the paper's text area: at least
 * its height over the height of a page (rounded down: a margin at a page break is dropped); at most its
 * height over what every page holds for certain, a page less the tallest block that is not split (a note)
 * and the three lines that orphans and widows keep together.
 */
async function pageCountBounds(path: string, paper: Paper): Promise<{ min: number; max: number }> {
  const page = await context.newPage();
  await page.goto(env.site.at(path));
  const [top, right, bottom, left] = await pageMargins(page);
  const area = { width: Math.floor(paper.width - left - right), height: Math.floor(paper.height - top - bottom) };
  await page.setViewportSize(area);
  await page.emulateMedia({ media: 'print' });
  const { height, unbroken, line } = await page.evaluate(() => ({
    height: document.body.getBoundingClientRect().height,
    unbroken: Math.max(
      0,
      ...[...document.querySelectorAll('.editorial-note, .see-also, .translator-note')].map((n) => n.getBoundingClientRect().height),
    ),
    line: Math.max(
      ...[...document.querySelectorAll('.reading-text .primary, .reading-text .companion')].map((n) =>
        parseFloat(getComputedStyle(n).lineHeight),
      ),
    ),
  }));
  await page.close();
  return { min: Math.max(1, Math.floor(height / area.height)), max: Math.ceil(height / (area.height - unbroken - 3 * line)) };
}

/** Prints a section page on a paper and reads the text layer of the print. */
async function print(path: string, paper: Paper, { parallel = true } = {}) {
  // The single-language view is a stored choice: it is made in a context of its own, which the other prints do not share.
  const printing = parallel ? context : await env.browser.newContext();
  const page = await printing.newPage();
  await page.goto(env.site.at(path));
  if (!parallel) {
    await page.locator('#parallel-view').uncheck();
    await expect.poll(() => page.locator('.reading-text .companion').first().isVisible()).toBe(false);
  }
  const content = await readPage(page);
  const text = await pdfText(await page.pdf(paper.pdf));
  await (parallel ? page.close() : printing.close());
  return { content, text };
}

/** Chromium embeds a subset of every CJK font a print uses, which takes it a second or more per font. */
const PRINT_TIMEOUT = 120_000;

describe('printing a section page', () => {
  for (const { path, paper } of PRINTS) {
    it(
      `prints ${path} on ${paper.name}: each paragraph's reference, then its two languages side by side, then its notes`,
      async () => {
        const [{ content, text }, bounds] = await Promise.all([print(path, paper), pageCountBounds(path, paper)]);

        // A number of pages the content accounts for.
        expect(text.pages.length).toBeGreaterThanOrEqual(bounds.min);
        expect(text.pages.length).toBeLessThanOrEqual(bounds.max);

        const starts: (Found | undefined)[] = [];
        let checked = 0;
        for (const paragraph of content.paragraphs) {
          const companionLang = paragraph.primaryLang.startsWith('zh') ? 'en' : 'zh';
          const [primaryNeedle, companionNeedle] = [
            needleOf(paragraph.primary, paragraph.primaryLang, content.whole),
            needleOf(paragraph.companion, companionLang, content.whole),
          ];
          if (!primaryNeedle || !companionNeedle) {
            starts.push(undefined);
            continue;
          }
          const what = `${paper.name} ${path} ${paragraph.ref}`;
          const primary = placeOf(text, primaryNeedle, `${what}: its text`);
          const companion = placeOf(text, companionNeedle, `${what}: its translation`);
          const reference = referenceOf(text, paragraph.ref, primary);
          starts.push(primary);

          // The two languages begin on one line: the edition's own left (the Chinese in a Chinese edition), the other right of it.
          expect(companion.page, `${what}: both languages on one page`).toBe(primary.page);
          expect(companion.y - primary.y, `${what}: the translation not dropped below the text`).toBeLessThanOrEqual(SAME_LINE);
          expect(primary.y - companion.y, `${what}: the text not dropped below the translation`).toBeLessThanOrEqual(SAME_LINE);
          expect(companion.x - primary.x, `${what}: the translation in a column right of the text`).toBeGreaterThan(
            text.pages[primary.page]!.width / 3,
          );
          expect(primary.line, `${what}: the text read before its translation`).toBeLessThan(companion.line);
          // Its reference before them, left of the text and level with its first line.
          expect(reference, `${what}: its reference left of its text`).toBeDefined();
          expect(Math.abs(reference!.y - primary.y), `${what}: its reference level with its first line`).toBeLessThanOrEqual(SAME_LINE);
          expect(reference!.line, `${what}: its reference read before its text`).toBeLessThanOrEqual(primary.line);
          checked++;
        }
        // Nearly every paragraph begins with words of its own; those that do not are left out above.
        expect(checked).toBeGreaterThanOrEqual(Math.max(3, content.paragraphs.length - 2));

        // Each note prints after its paragraph's beginning and before the next paragraph's.
        content.paragraphs.forEach((paragraph, index) => {
          const [start, next] = [starts[index], starts[index + 1]];
          if (!start || (index + 1 < starts.length && !next)) return;
          for (const label of new Set(paragraph.notes)) {
            const between = noteLines(text, label).filter((note) => flowOrder(note, start) > 0 && (!next || flowOrder(note, next) < 0));
            expect(between, `${paper.name} ${path} ${paragraph.ref}: its notes "${label}"`).toHaveLength(
              paragraph.notes.filter((l) => l === label).length,
            );
          }
        });

        // No navigation, no controls.
        const printed = text.lines.map((line) => line.text).join('');
        for (const control of content.controls) expect(printed, `prints none of "${control.trim()}"`).not.toContain(squeeze(control));
      },
      PRINT_TIMEOUT,
    );
  }

  it(
    `prints the single-language view on ${PRINTS[0]!.paper.name}: each paragraph's reference, then its text across the page`,
    async () => {
      const { path, paper } = PRINTS[0]!;
      const { content, text } = await print(path, paper, { parallel: false });
      let checked = 0;
      for (const paragraph of content.paragraphs) {
        const primaryNeedle = needleOf(paragraph.primary, paragraph.primaryLang, content.whole);
        const companionNeedle = needleOf(paragraph.companion, paragraph.primaryLang.startsWith('zh') ? 'en' : 'zh', content.whole);
        if (!primaryNeedle || !companionNeedle) continue;
        const what = `${paper.name} ${path} ${paragraph.ref} (one language)`;
        const primary = placeOf(text, primaryNeedle, `${what}: its text`);
        expect(findAll(text, companionNeedle), `${what}: no translation`).toEqual([]);
        const reference = referenceOf(text, paragraph.ref, primary);
        expect(reference, `${what}: its reference left of its text`).toBeDefined();
        expect(Math.abs(reference!.y - primary.y), `${what}: its reference level with its first line`).toBeLessThanOrEqual(SAME_LINE);
        // The text has the width of the page: its first line ends past two thirds of it.
        const line = text.lines[primary.line]!;
        expect(line.words.at(-1)!.xMax, `${what}: the text across the page`).toBeGreaterThan((text.pages[primary.page]!.width * 2) / 3);
        checked++;
      }
      expect(checked).toBeGreaterThanOrEqual(Math.max(3, content.paragraphs.length - 2));
    },
    PRINT_TIMEOUT,
  );
});
