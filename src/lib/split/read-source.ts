import { SourceError } from './source-error';

export interface SourceLine {
  /** 1-based line number in the source file. */
  number: number;
  /** The line without its line ending and without trailing whitespace. */
  text: string;
}

const BOM = '\uFEFF';

/**
 * Decodes the source bytes as strict UTF-8 and splits them into lines.
 * A leading BOM and CRLF (or lone CR) line endings are accepted, since both are common in
 * text exported from newspaper systems and neither changes a character of the text.
 */
export function readSource(bytes: Uint8Array): SourceLine[] {
  const text = decodeUtf8(bytes);
  const withoutBom = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  if (withoutBom.trim() === '') {
    throw new SourceError(1, 'the source is empty: expected the text of a newspaper page');
  }
  return withoutBom.split(/\r\n|\r|\n/).map((line, index) => ({ number: index + 1, text: line.trimEnd() }));
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { line, column, byte } = locateInvalidUtf8(bytes);
    throw new SourceError(
      line,
      `byte 0x${byte.toString(16).padStart(2, '0')} at byte ${column} of the line is not valid UTF-8: expected UTF-8 text`,
    );
  }
}

/** Finds the first byte that cannot start or continue a UTF-8 sequence. */
function locateInvalidUtf8(bytes: Uint8Array): { line: number; column: number; byte: number } {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return { line, column: i - lineStart + 1, byte: bytes[i]! };
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
    i += length;
  }
  return { line, column: i - lineStart + 1, byte: bytes[bytes.length - 1] ?? 0 };
}

/** Length of a well-formed UTF-8 sequence at `i`, or 0 where the bytes are not well-formed. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const length =
    lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length <= 1) return length;
  const sequence = bytes.subarray(i, i + length);
  if (sequence.length < length) return 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sequence);
    return length;
  } catch {
    return 0;
  }
}
