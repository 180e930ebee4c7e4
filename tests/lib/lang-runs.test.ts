import { describe, expect, it } from 'vitest';
import { langRuns, latinRuns } from '../../src/shared/lang-runs';

describe('langRuns', () => {
  it('separates quoted Chinese, with its punctuation, from the English around it', () => {
    expect(langRuns('The page reads “（下转第三版）” (“continued”).')).toEqual([
      { text: 'The page reads “', chinese: false },
      { text: '（下转第三版）', chinese: true },
      { text: '” (“continued”).', chinese: false },
    ]);
    expect(
      langRuns('Printed 烈士烈士, read as 烈士.')
        .filter((r) => r.chinese)
        .map((r) => r.text),
    ).toEqual(['烈士烈士', '烈士']);
    expect(langRuns('No Chinese here.')).toEqual([{ text: 'No Chinese here.', chinese: false }]);
  });
});

describe('latinRuns', () => {
  it('separates Latin-script names from the Chinese around them', () => {
    expect(latinRuns('总部位于符拉迪沃斯托克的PrimaMedia通讯社')).toEqual([
      { text: '总部位于符拉迪沃斯托克的', latin: false },
      { text: 'PrimaMedia', latin: true },
      { text: '通讯社', latin: false },
    ]);
    expect(latinRuns('2025年').every((run) => !run.latin)).toBe(true);
  });
});
