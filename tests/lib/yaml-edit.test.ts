import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { setYamlScalar } from '../../src/lib/yaml-edit';

const TEXT = `# A comment that stays.
title: "Some title"
paragraphs:
  "1.1": >-
    A folded paragraph
    over two lines.
sources:
  "1.1": "aaaaaaaaaaaa"
`;

describe('setting one value in a YAML file', () => {
  it('replaces a value and leaves every other byte as it was', () => {
    const out = setYamlScalar(TEXT, ['sources', '1.1'], 'bbbbbbbbbbbb');
    expect(out).toBe(TEXT.replace('aaaaaaaaaaaa', 'bbbbbbbbbbbb'));
  });

  it('adds a missing key at the end of its mapping, and a missing mapping at the end of the file', () => {
    const added = setYamlScalar(TEXT, ['sources', '1.2'], 'cccccccccccc', true);
    expect(added).toBe(`${TEXT.trimEnd()}\n  "1.2": "cccccccccccc"\n`);
    const withoutSources = TEXT.slice(0, TEXT.indexOf('sources:'));
    const created = setYamlScalar(withoutSources, ['sources', '1.1'], 'dddddddddddd', true);
    expect(parse(created)).toEqual({
      title: 'Some title',
      paragraphs: { '1.1': 'A folded paragraph over two lines.' },
      sources: { '1.1': 'dddddddddddd' },
    });
    expect(created.startsWith(withoutSources.trimEnd())).toBe(true);
  });

  it('adds a key to a mapping inside a sequence', () => {
    const list = '- id: a\n  ref: "1.1"\n- id: b\n  ref: "1.2"\n';
    expect(setYamlScalar(list, [1, 'fingerprint'], 'eeeeeeeeeeee')).toBe(
      '- id: a\n  ref: "1.1"\n- id: b\n  ref: "1.2"\n  fingerprint: "eeeeeeeeeeee"\n',
    );
  });

  it('writes a value of digits as a string, never a number', () => {
    expect((parse(setYamlScalar(TEXT, ['sources', '1.1'], '352e40000000')) as { sources: Record<string, unknown> }).sources['1.1']).toBe(
      '352e40000000',
    );
    expect(() => setYamlScalar(TEXT, ['sources', '1.1'], 'a "quoted" value')).toThrow(/without quotes/u);
  });
});
