import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedCharacters, fingerprint, staleFingerprint } from '../../src/lib/fingerprints';
import { SOURCE_PATH, sourceText } from '../helpers/source';

import { split } from '../helpers/split';

describe('a translation or a note never silently outlives its source', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'fingerprints-'));

  it('the split names the file, the paragraph and the changed characters of a translated paragraph, and writes nothing', () => {
    const changed = join(scratch, 'changed.txt');
    // 3.2 has a translation and no editorial note: its translation must be reviewed.
    writeFileSync(changed, sourceText().replace('相互供应基础材料', '相互供应基础林料'));
    const out = join(scratch, 'never-written');
    const result = split(changed, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/translations/en/statement.yaml');
    expect(result.stderr).toMatch(/paragraph 3\.2 was made from a different Chinese text: at character \d+, «材» is now «林»/u);
    expect(result.stderr).toContain('npm run fingerprints -- --accept 3.2');
    expect(existsSync(out)).toBe(false);
  });

  it('names the editorial note whose paragraph changed', () => {
    const changed = join(scratch, 'changed-noted.txt');
    writeFileSync(changed, sourceText().replace('数百万英烈以及遇害的无辜平民', '数百万英烈以及遇难的无辜平民'));
    const result = split(changed, join(scratch, 'never'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/editorial/differences.yaml');
    expect(result.stderr).toMatch(/p1-3a \(paragraph 1\.3\) was made from a different Chinese text: at character \d+, «害» is now «难»/u);
  });

  it('passes again once the source is restored', () => {
    expect(split(SOURCE_PATH, join(scratch, 'restored')).status).toBe(0);
  });

  it('fingerprints are stable and name the change between two texts', () => {
    expect(fingerprint('中俄')).toMatch(/^[0-9a-f]{12}$/u);
    expect(fingerprint('中俄')).toBe(fingerprint('中俄'));
    expect(fingerprint('中俄')).not.toBe(fingerprint('俄中'));
    expect(changedCharacters('双方数百万英烈', '双方数千万英烈')).toEqual({ from: 4, before: '百', after: '千' });
    expect(changedCharacters('双方', '双方。')).toEqual({ from: 3, before: '', after: '。' });
    expect(staleFingerprint(fingerprint('甲乙'), '甲乙', {})).toBeUndefined();
    expect(staleFingerprint(undefined, '甲乙', {})).toBe('has no fingerprint of the Chinese it was made from');
    expect(staleFingerprint(fingerprint('甲乙'), '甲丙', { [fingerprint('甲乙')]: '甲乙' })).toBe(
      'was made from a different Chinese text: at character 2, «乙» is now «丙»',
    );
  });
});
