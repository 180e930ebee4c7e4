import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, writeBuildStamp } from '../../scripts/lib/build-inputs';

const config = { base: '/reader/', site: 'https://example.org' };
const problem = (root: string) => ('problem' in builtSite(root) ? (builtSite(root) as { problem: string }).problem : undefined);

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'build-inputs-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'page.astro'), 'first');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {}');
  return root;
}

describe('the site tests test the current build', () => {
  it('stop at once when dist/ is missing', () => {
    expect(problem(project())).toBe('dist/ is missing: run `npm run build` first');
  });

  it('stop when dist/ was not recorded by npm run build, or is older than its sources', () => {
    const root = project();
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), '<p>built</p>');
    expect(problem(root)).toMatch(/^dist\/ was not built by `npm run build`/u);
    writeBuildStamp(config, root);
    expect(problem(root)).toBeUndefined();
    writeFileSync(join(root, 'src', 'page.astro'), 'second');
    expect(problem(root)).toMatch(/^dist\/ is older than the sources it was built from/u);
    writeFileSync(join(root, 'src', 'page.astro'), 'first');
    expect(problem(root)).toBeUndefined();
    cpSync(join(root, 'astro.config.mjs'), join(root, 'src', 'new-file.ts'));
    expect(problem(root)).toMatch(/older than the sources/u);
    writeBuildStamp(config, root);
    // The tests take the build's settings from its record, to test it as it was made.
    expect(builtSite(root)).toEqual({ config });
  });

  it('count the content the split makes as part of its inputs, not as one: a split made again changes nothing', () => {
    const root = project();
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), '<p>built</p>');
    mkdirSync(join(root, 'content', 'split'), { recursive: true });
    writeFileSync(join(root, 'content', 'source.txt'), 'the page');
    writeBuildStamp(config, root);
    writeFileSync(join(root, 'content', 'split', 'model.json.123.tmp'), '{');
    expect(problem(root)).toBeUndefined();
    writeFileSync(join(root, 'content', 'source.txt'), 'another page');
    expect(problem(root)).toMatch(/older than the sources/u);
  });
});
