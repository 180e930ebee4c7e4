import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/input-error';
import { readYaml } from '../../src/lib/read-yaml';

const scratch = mkdtempSync(join(tmpdir(), 'read-yaml-'));
const file = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};
const schema = z.array(z.object({ id: z.string(), en: z.string().min(1) }).strict());

describe('readYaml', () => {
  it('reads a file that fits its schema', () => {
    expect(readYaml(file('good.yaml', '- id: a\n  en: A\n'), schema)).toEqual([{ id: 'a', en: 'A' }]);
  });

  it('names the file, the line and the problem of a value that does not fit', () => {
    const path = file('bad.yaml', '- id: a\n  en: A\n- id: b\n  en: ""\n  extra: 1\n');
    expect(() => readYaml(path, schema)).toThrow(InputError);
    try {
      readYaml(path, schema);
    } catch (error) {
      expect((error as InputError).message).toContain(path);
      expect((error as InputError).problems).toEqual([
        expect.stringMatching(/^line 4: 1\.en: String must contain at least 1 character/u),
        expect.stringMatching(/^line 3: 1: Unrecognized key\(s\) in object: 'extra'/u),
      ]);
    }
  });

  it('names the line of a YAML syntax error', () => {
    expect(() => readYaml(file('syntax.yaml', '- id: a\n  en: [unclosed\n'), schema)).toThrow(/line \d+: /u);
  });
});
