import { parseChineseNumeral, toChineseNumeral } from '../../shared/chinese-numerals';
import { DASH_LEAD, endsParagraph, isContinuationMarker, isSubheading, splitDateline } from './line-rules';
import type { Block, LayoutRepair, PrintedDocument, PrintedText, Section, SplitPage } from './model';
import { readSource, type SourceLine } from './read-source';
import { SourceError } from './source-error';

/**
 * Splits the extracted text of the newspaper page into its two documents: the joint statement
 * (title, preamble, numbered sections) and, after the continuation marker, the Xinhua report
 * (lead, parts under subheadings, byline, and its headline, which the extraction put last).
 */
export function splitPage(bytes: Uint8Array): SplitPage {
  const lines = readSource(bytes)
    .map((line) => ({ number: line.number, text: line.text.trim() }))
    .filter((line) => line.text !== '');
  const repairs: LayoutRepair[] = [];

  const markerIndex = lines.findIndex((line) => isContinuationMarker(line.text));
  const statementLines = markerIndex === -1 ? lines : lines.slice(0, markerIndex);
  const statement = parseStatement(statementLines, repairs);
  const documents: PrintedDocument[] = [statement];
  if (markerIndex === -1) return { documents, repairs };

  const marker = lines[markerIndex]!;
  statement.continuation = printed(marker);
  repairs.push({
    rule: 'continuation-marker',
    lines: [marker.number],
    description: `the marker ${marker.text} ends the statement on this page; it becomes the note that the statement continues beyond this source`,
  });
  const reportLines = lines.slice(markerIndex + 1);
  const secondMarker = reportLines.find((line) => isContinuationMarker(line.text));
  if (secondMarker) {
    throw new SourceError(secondMarker.number, `a second continuation marker ${secondMarker.text}: expected one, ending the statement`);
  }
  if (reportLines.length > 0) documents.push(parseReport(reportLines, repairs));
  return { documents, repairs };
}

function parseStatement(lines: SourceLine[], repairs: LayoutRepair[]): PrintedDocument {
  const [titleLine, ...body] = lines;
  if (!titleLine) throw new SourceError(1, "expected the statement's title, found no text");
  checkTitle(titleLine, 'the statement', 'before section 一');

  const dateline = body.find((line) => splitDateline(line.text));
  if (dateline) {
    throw new SourceError(
      dateline.number,
      'a news dateline inside the statement: expected the continuation marker （下转第…版） between the statement and the report',
    );
  }

  const isNumeral = (line: SourceLine) => parseChineseNumeral(line.text) !== undefined;
  const sections: Section[] = [];
  const firstNumeral = body.findIndex(isNumeral);
  if (firstNumeral === -1) {
    throw new SourceError(
      body[0]?.number ?? titleLine.number,
      'expected the section numeral 一 on a line of its own, found no numbered section',
    );
  }
  const preamble = readBlocks(body.slice(0, firstNumeral), isNumeral, repairs);
  if (preamble.length > 0) sections.push({ number: 0, blocks: preamble });

  const firstPrinted = new Map<number, number>();
  let index = firstNumeral;
  while (index < body.length) {
    const numeralLine = body[index]!;
    const number = parseChineseNumeral(numeralLine.text)!;
    const expected = sections.filter((section) => section.number > 0).length + 1;
    if (number !== expected) {
      const first = firstPrinted.get(number);
      const problem =
        first !== undefined
          ? `section numeral ${numeralLine.text} repeated (first printed at line ${first}): expected ${toChineseNumeral(expected)}`
          : `expected section numeral ${toChineseNumeral(expected)}, found ${numeralLine.text}: section ${toChineseNumeral(expected)} is missing or out of order`;
      throw new SourceError(numeralLine.number, problem);
    }
    firstPrinted.set(number, numeralLine.number);
    const end = nextIndex(body, index + 1, isNumeral);
    const blocks = readBlocks(body.slice(index + 1, end), isNumeral, repairs);
    if (blocks.length === 0)
      throw new SourceError(numeralLine.number, `section ${numeralLine.text} has no paragraphs: expected text after the numeral`);
    sections.push({ number, numeral: printed(numeralLine), blocks });
    index = end;
  }
  return { id: 'statement', title: printed(titleLine), sections };
}

function parseReport(lines: SourceLine[], repairs: LayoutRepair[]): PrintedDocument {
  const { title, subtitle, byline, body } = takeReportHeadline(lines, repairs);
  const isHeading = (line: SourceLine) => isSubheading(line.text);
  const sections: Section[] = [];

  const firstHeading = body.findIndex(isHeading);
  const leadEnd = firstHeading === -1 ? body.length : firstHeading;
  const lead = readBlocks(body.slice(0, leadEnd), isHeading, repairs);
  if (lead.length > 0) sections.push({ number: 0, blocks: lead });

  let index = leadEnd;
  while (index < body.length) {
    const headingLine = body[index]!;
    const end = nextIndex(body, index + 1, isHeading);
    const blocks = readBlocks(body.slice(index + 1, end), isHeading, repairs);
    if (blocks.length === 0) {
      throw new SourceError(
        headingLine.number,
        `subheading «${headingLine.text}» has no paragraphs: expected text before the next subheading or the end`,
      );
    }
    sections.push({ number: sections.filter((section) => section.number > 0).length + 1, heading: printed(headingLine), blocks });
    index = end;
  }
  if (sections.length === 0) throw new SourceError(title.lines[0]!, 'the report has no paragraphs');
  return { id: 'report', title, ...(subtitle && { subtitle }), ...(byline && { byline }), sections };
}

/**
 * A Xinhua report closes its last paragraph with a dateline. On this page the extraction put the
 * report's headline (title, then a subtitle led by ——) after that dateline; it is moved back to the
 * top. A report printed with its headline on top is read as it stands.
 */
function takeReportHeadline(lines: SourceLine[], repairs: LayoutRepair[]) {
  const datelineIndex = lines.findLastIndex((line) => splitDateline(line.text));
  let body = lines;
  let byline: PrintedText | undefined;
  let headline: SourceLine[] = [];

  if (datelineIndex !== -1) {
    const datelineLine = lines[datelineIndex]!;
    const { body: lastParagraph, dateline } = splitDateline(datelineLine.text)!;
    byline = { text: dateline, lines: [datelineLine.number] };
    body = lines.slice(0, datelineIndex);
    if (lastParagraph !== '') body.push({ number: datelineLine.number, text: lastParagraph });
    headline = lines.slice(datelineIndex + 1);
  }

  if (headline.length > 0) {
    repairs.push({
      rule: 'displaced-headline',
      lines: headline.map((line) => line.number),
      description:
        "the report's headline was extracted after its dateline, at the end of the page; it is moved back to the top of the report",
    });
  } else {
    const [first, ...rest] = body;
    if (!first || endsParagraph(first.text)) {
      throw new SourceError(
        first?.number ?? lines[0]!.number,
        'the report has no title: expected its headline after the dateline, or at its top',
      );
    }
    headline = [first];
    if (rest[0]?.text.startsWith(DASH_LEAD)) headline.push(rest.shift()!);
    body = rest;
  }

  const [titleLine, subtitleLine, ...extra] = headline;
  checkTitle(titleLine!, 'the report', 'in its headline');
  if (subtitleLine && !subtitleLine.text.startsWith(DASH_LEAD)) {
    throw new SourceError(subtitleLine.number, `expected the report's subtitle led by ${DASH_LEAD}, found «${subtitleLine.text}»`);
  }
  if (extra[0]) throw new SourceError(extra[0].number, `unexpected text after the report's headline: «${extra[0].text}»`);
  return { title: printed(titleLine!), subtitle: subtitleLine && printed(subtitleLine), byline, body };
}

function checkTitle(line: SourceLine, documentName: string, where: string): void {
  if (parseChineseNumeral(line.text) !== undefined) {
    throw new SourceError(line.number, `expected ${documentName}'s title ${where}, found the section numeral ${line.text}`);
  }
  if (endsParagraph(line.text) || line.text.startsWith(DASH_LEAD)) {
    throw new SourceError(line.number, `expected ${documentName}'s title ${where}, found a paragraph: «${excerpt(line.text)}»`);
  }
}

/**
 * Reads paragraphs and listed items. A line that does not end with closing punctuation was cut
 * where a column of the printed page ends: it is rejoined with the line that continues it.
 */
function readBlocks(lines: SourceLine[], isBoundary: (line: SourceLine) => boolean, repairs: LayoutRepair[]): Block[] {
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const first = lines[index]!;
    const block: Block = { kind: first.text.startsWith(DASH_LEAD) ? 'item' : 'paragraph', text: first.text, lines: [first.number] };
    while (!endsParagraph(block.text)) {
      const next = lines[index + 1];
      if (!next || isBoundary(next)) {
        throw new SourceError(
          block.lines.at(-1)!,
          `the paragraph breaks off mid-sentence («…${excerpt(block.text.slice(-12))}») and no line continues it: expected closing punctuation`,
        );
      }
      repairs.push({
        rule: 'column-break',
        lines: [block.lines.at(-1)!, next.number],
        description: `a paragraph broken across two columns (line ${block.lines.at(-1)} ends mid-sentence, line ${next.number} continues it) is rejoined`,
      });
      block.text += next.text;
      block.lines.push(next.number);
      index += 1;
    }
    blocks.push(block);
  }
  return blocks;
}

function nextIndex(lines: SourceLine[], from: number, isBoundary: (line: SourceLine) => boolean): number {
  const found = lines.findIndex((line, index) => index >= from && isBoundary(line));
  return found === -1 ? lines.length : found;
}

function printed(line: SourceLine): PrintedText {
  return { text: line.text, lines: [line.number] };
}

function excerpt(text: string): string {
  const characters = [...text];
  return characters.length > 24 ? `${characters.slice(0, 24).join('')}…` : text;
}
