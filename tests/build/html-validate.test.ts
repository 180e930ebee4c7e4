import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/built-html';

describe('the HTML of every built page', () => {
  it('is valid by html-validate (recommended rules, .htmlvalidate.json)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of htmlFiles('dist')) {
      const report = await validator.validateFile(file);
      for (const result of report.results)
        for (const message of result.messages)
          problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('is checked for real: an invalid page is reported', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>block in p</div></p><img src="x.png"></body></html>',
      'dist/invalid-example.html',
    );
    expect(report.valid).toBe(false);
  });
});
