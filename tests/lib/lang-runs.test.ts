import { describe, expect, it } from 'vitest';
import { langRuns } from '../../src/lib/lang-runs';

describe('langRuns', () => {
  it('separates quoted Chinese, with its punctuation, from the English around it', () => {
    expect(langRuns('The page reads “（下转第三版）” (“continued”).')).toEqual([
      { text: 'The page reads “', chinese: false },
      { text: '（下转第三版）', chinese: true },
      { text: '” (“continued”).', chinese: false },
    ]);
    expect(langRuns('Printed 烈士烈士, read as 烈士.').filter((r) => r.chinese).map((r) => r.text)).toEqual(['烈士烈士', '烈士']);
    expect(langRuns('No Chinese here.')).toEqual([{ text: 'No Chinese here.', chinese: false }]);
  });
});
