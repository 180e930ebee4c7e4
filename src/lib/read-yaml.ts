import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { LineCounter, parseDocument, type Document, isNode } from 'yaml';
import type { z } from 'astro/zod';
import { InputError } from './input-error';

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
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines });
  if (document.errors.length > 0) {
    throw new InputError(
      file,
      document.errors.map((error) => `line ${error.linePos?.[0]?.line ?? '?'}: ${error.message.split('\n')[0]}`),
    );
  }
  const parsed = schema.safeParse(document.toJS());
  if (!parsed.success) {
    throw new InputError(
      file,
      parsed.error.issues.map((issue) => {
        const line = lineOf(document, lines, issue.path);
        return `${line === undefined ? '' : `line ${line}: `}${issue.path.join('.') || 'file'}: ${issue.message}`;
      }),
    );
  }
  return parsed.data as z.infer<Schema>;
}
