import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { LineCounter, parseDocument, type Document, isNode } from 'yaml';
import type { z } from 'astro/zod';

/** A YAML input that is not what its schema asks for: names the file, the line and the problem. */
export class YamlInputError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `${problems.length} problems:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`}`);
    this.name = 'YamlInputError';
  }
}

/** The 1-based line of the value at `path` in the document, or of the nearest enclosing value that exists. */
function lineOf(document: Document, lines: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/**
 * Reads one YAML input of the project (content/…) and checks it against its schema. Every problem
 * is reported with its line, e.g. `content/glossary/terms.yaml: line 12: 0.en: Required`; nothing
 * half-read is returned.
 */
export function readYaml<Schema extends z.ZodTypeAny>(file: string, schema: Schema): z.infer<Schema> {
  const path = isAbsolute(file) ? file : join(process.cwd(), file);
  const lines = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false });
  if (document.errors.length > 0) {
    throw new YamlInputError(
      file,
      document.errors.map((error) => `line ${error.linePos?.[0]?.line ?? '?'}: ${error.message.split('\n')[0]}`),
    );
  }
  const parsed = schema.safeParse(document.toJS());
  if (!parsed.success) {
    throw new YamlInputError(
      file,
      parsed.error.issues.map((issue) => {
        const line = lineOf(document, lines, issue.path);
        return `${line === undefined ? '' : `line ${line}: `}${issue.path.join('.') || 'file'}: ${issue.message}`;
      }),
    );
  }
  return parsed.data;
}
