import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSiteProblem, writeBuildStamp } from '../../scripts/lib/build-inputs';

const config = { base: '/', site: undefined };

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'build-inputs-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'page.astro'), 'first');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {}');
  return root;
}

describe('the site tests test the current build', () => {
  it('stop at once when dist/ is missing', () => {
    expect(builtSiteProblem(config, project())).toBe('dist/ is missing: run `npm run build` first');
  });

  it('stop when dist/ was not recorded by npm run build, or is older than its sources', () => {
    const root = project();
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), '<p>built</p>');
    expect(builtSiteProblem(config, root)).toMatch(/^dist\/ was not built by `npm run build`/u);
    writeBuildStamp(config, root);
    expect(builtSiteProblem(config, root)).toBeUndefined();
    writeFileSync(join(root, 'src', 'page.astro'), 'second');
    expect(builtSiteProblem(config, root)).toMatch(/^dist\/ is older than the sources it was built from/u);
    writeFileSync(join(root, 'src', 'page.astro'), 'first');
    expect(builtSiteProblem(config, root)).toBeUndefined();
    cpSync(join(root, 'astro.config.mjs'), join(root, 'src', 'new-file.ts'));
    expect(builtSiteProblem(config, root)).toMatch(/older than the sources/u);
    writeBuildStamp(config, root);
    // Built for the host's root, it is not the build to test under a base path.
    expect(builtSiteProblem({ base: '/reader/', site: undefined }, root)).toMatch(/other BASE_PATH or SITE_URL/u);
  });
});
