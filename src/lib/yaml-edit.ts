import { isMap, isScalar, LineCounter, parseDocument, type Pair, type YAMLMap } from 'yaml';

/**
 * Sets one string in a YAML text by splicing the text itself, so that everything else (comments,
 * folded paragraphs, key order) stays byte for byte as a person wrote it. `path` leads to a key of a
 * block mapping; a missing key is added as the mapping's last line, a missing mapping at the end of
 * its parent. The value is written in double quotes, so that a fingerprint of digits is never read as a number.
 */
export function setYamlScalar(text: string, path: readonly (string | number)[], raw: string, quoteKey = false): string {
  if (/[\n"\\]/u.test(raw)) throw new Error(`setYamlScalar: «${raw}» is not a one-line value without quotes`);
  const value = JSON.stringify(raw);
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, keepSourceTokens: true });
  const existing = document.getIn(path as unknown[], true);
  if (isScalar(existing) && existing.range) return text.slice(0, existing.range[0]) + value + text.slice(existing.range[1]);

  const key = path.at(-1)!;
  const keyText = quoteKey ? JSON.stringify(String(key)) : String(key);
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? document.contents : document.getIn(parentPath as unknown[], true);
  if (isMap(parent) && parent.items.length > 0) {
    const map = parent;
    const first = map.items[0] as Pair;
    const column = lines.linePos((first.key as { range: [number, number, number] }).range[0]).col - 1;
    const end = endOfMap(map, text);
    return `${text.slice(0, end)}\n${' '.repeat(column)}${keyText}: ${value}${text.slice(end)}`;
  }
  const grandparent = parentPath.length === 1 ? document.contents : document.getIn(parentPath.slice(0, -1) as unknown[], true);
  if ((parent === undefined || parent === null) && isMap(grandparent) && grandparent.items.length > 0) {
    // The mapping itself is missing: add it, with the key, at the end of its own parent.
    const first = grandparent.items[0] as Pair;
    const column = lines.linePos((first.key as { range: [number, number, number] }).range[0]).col - 1;
    const end = endOfMap(grandparent, text);
    return `${text.slice(0, end)}\n${' '.repeat(column)}${String(parentPath.at(-1))}:\n${' '.repeat(column + 2)}${keyText}: ${value}${text.slice(end)}`;
  }
  throw new Error(`setYamlScalar: ${parentPath.join('.')} is not a block mapping`);
}

/** Where a block mapping's text ends: after its last value, before any trailing newline. */
function endOfMap(map: YAMLMap, text: string): number {
  const last = map.items.at(-1) as Pair;
  const node = (last.value ?? last.key) as { range: [number, number, number] };
  let end = node.range[1];
  while (end > 0 && text[end - 1] === '\n') end -= 1;
  return end;
}
