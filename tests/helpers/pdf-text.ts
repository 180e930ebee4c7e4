/** The text layer of a PDF with the position of every word, read by Debian's pdftotext (poppler-utils). */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface PdfWord {
  text: string;
  /** The page, from 0. */
  page: number;
  /** In PDF points from the top left corner of the page. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfLine {
  page: number;
  words: PdfWord[];
  /** The words run together without spaces (and in Unicode NFKC: no ligature glyphs). */
  text: string;
}

export interface PdfText {
  pages: { width: number; height: number }[];
  /** The lines in the order of the text layer (the order in which the page was painted, the document's). */
  lines: PdfLine[];
}

const PDFTOTEXT = process.env.PDFTOTEXT_PATH ?? 'pdftotext';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/giu, (whole, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (entities[name ?? ''] ?? whole),
  );

/** What is compared: no white space, compatibility forms folded (ﬁ → fi). */
export const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

const attribute = (tag: string, name: string) => Number(new RegExp(`${name}="([^"]+)"`, 'u').exec(tag)?.[1]);
const middle = (word: PdfWord) => (word.yMin + word.yMax) / 2;

/** A word continues a line if it starts right of the line's last word (full-width punctuation may overlap it), its middle within a third of a line of that word's. */
const continues = (line: PdfLine, word: PdfWord) => {
  const last = line.words.at(-1)!;
  const height = Math.min(last.yMax - last.yMin, word.yMax - word.yMin);
  return word.page === line.page && word.xMin > last.xMin && Math.abs(middle(word) - middle(last)) < height / 3;
};

/**
 * Parses `pdftotext -raw -bbox` output: pages and their words in the order of the text layer, gathered into
 * lines here (poppler's own layout analysis runs side-by-side columns together when their lines are of
 * different heights).
 */
export function parseBbox(xhtml: string): PdfText {
  const pages: PdfText['pages'] = [];
  const lines: PdfLine[] = [];
  for (const [tag, wordText] of xhtml.matchAll(/<page [^>]*>|<word [^>]*>([^<]*)<\/word>/gu)) {
    if (tag.startsWith('<page ')) {
      pages.push({ width: attribute(tag, 'width'), height: attribute(tag, 'height') });
      continue;
    }
    const word: PdfWord = {
      text: unescape(wordText ?? ''),
      page: pages.length - 1,
      xMin: attribute(tag, 'xMin'),
      yMin: attribute(tag, 'yMin'),
      xMax: attribute(tag, 'xMax'),
      yMax: attribute(tag, 'yMax'),
    };
    const line = lines.at(-1);
    if (line && continues(line, word)) {
      line.words.push(word);
      line.text += squeeze(word.text);
    } else {
      lines.push({ page: word.page, words: [word], text: squeeze(word.text) });
    }
  }
  return { pages, lines };
}

/** Runs pdftotext on a PDF and returns its text layer. */
export async function pdfText(pdf: Buffer): Promise<PdfText> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-text-'));
  try {
    const file = join(dir, 'print.pdf');
    await writeFile(file, pdf);
    const { stdout } = await promisify(execFile)(PDFTOTEXT, ['-raw', '-bbox', '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new Error('pdftotext is missing: `apt-get install -y poppler-utils` (.ci/run installs it)');
      throw error;
    });
    return parseBbox(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface Found {
  page: number;
  /** Where the needle starts on its line (interpolated inside a word). */
  x: number;
  /** The vertical middle of the word where it starts. */
  y: number;
  /** The index of the line in the order of the text layer. */
  line: number;
}

/** Every place where a text (compared squeezed) occurs within one line of the text layer. */
export function findAll(text: PdfText, needle: string): Found[] {
  const wanted = squeeze(needle);
  const found: Found[] = [];
  text.lines.forEach((line, index) => {
    for (let at = line.text.indexOf(wanted); at >= 0; at = line.text.indexOf(wanted, at + 1)) {
      let offset = at;
      for (const word of line.words) {
        const length = squeeze(word.text).length;
        if (offset < length) {
          found.push({
            page: line.page,
            x: word.xMin + ((word.xMax - word.xMin) * offset) / Math.max(length, 1),
            y: (word.yMin + word.yMax) / 2,
            line: index,
          });
          break;
        }
        offset -= length;
      }
    }
  });
  return found;
}

/** Orders places in the flow of the pages: page, then height on the page. */
export const flowOrder = (a: Pick<Found, 'page' | 'y'>, b: Pick<Found, 'page' | 'y'>) => a.page - b.page || a.y - b.y;
