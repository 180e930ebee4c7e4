import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_PATH, sourceText } from '../helpers/source';

import { split } from '../helpers/split';

/** Every file under a folder, as relative path → bytes. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(folder, path)] = readFileSync(path, 'base64');
    }
  };
  walk(folder);
  return files;
}

describe('npm run split', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'split-'));

  it('is the command: on bad input it exits non-zero and prints the line at fault', () => {
    const bad = join(scratch, 'bad-command.txt');
    writeFileSync(bad, sourceText().replace('\n二\n', '\n\n'));
    const result = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/split.ts', '--source', bad, '--out', join(scratch, 'never')], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad-command\.txt:line 51: expected section numeral 二, found 三/u);
  });

  it('is deterministic: two runs write identical bytes', () => {
    const first = split(SOURCE_PATH, join(scratch, 'a'));
    const second = split(SOURCE_PATH, join(scratch, 'b'));
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    expect(Object.keys(snapshot(join(scratch, 'a'))).length).toBeGreaterThan(10);
    expect(snapshot(join(scratch, 'a'))).toEqual(snapshot(join(scratch, 'b')));
  });

  it('on bad input exits non-zero, names the line, and writes nothing', () => {
    const bad = join(scratch, 'bad.txt');
    writeFileSync(bad, sourceText().replace('\n二\n', '\n\n'));
    const out = join(scratch, 'never-written');
    const result = split(bad, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad\.txt:line 51: expected section numeral 二, found 三/u);
    expect(existsSync(out)).toBe(false);
  });

  it('on bad input leaves the previous content exactly as it was', () => {
    const out = join(scratch, 'previous');
    expect(split(SOURCE_PATH, out).status).toBe(0);
    mkdirSync(join(out, 'zh-hans'), { recursive: true });
    const before = snapshot(out);
    const empty = join(scratch, 'empty.txt');
    writeFileSync(empty, '');
    const result = split(empty, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('line 1: the source is empty');
    expect(snapshot(out)).toEqual(before);
  });
});
