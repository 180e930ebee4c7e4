import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../scripts/lib/link-check';

// The build runs the link check on every page it makes and fails on a broken link (scripts/lib/build-integration.ts).
describe('the link check of the build', () => {
  it('reports a missing page, a missing fragment and another origin', () => {
    const dist = mkdtempSync(join(tmpdir(), 'links-'));
    mkdirSync(join(dist, 'a'));
    writeFileSync(
      join(dist, 'index.html'),
      '<a href="/a/#here">ok</a><a href="https://site.example/a/">ok</a><a href="/a/#gone">x</a><a href="/missing/">x</a><a href="https://example.org/">x</a>',
    );
    writeFileSync(join(dist, 'a', 'index.html'), '<p id="here">here</p>');
    expect(findBrokenLinks(dist, 'https://site.example')).toEqual([
      '/: <a href="/a/#gone"> leads to no element #gone',
      '/: <a href="/missing/"> leads to no file',
      '/: <a href="https://example.org/"> leads to another origin',
    ]);
  });

  it('allows only declared links out of the site (new tab, noopener, rel external), and nothing outside the base path', () => {
    const dist = mkdtempSync(join(tmpdir(), 'links-'));
    writeFileSync(
      join(dist, 'index.html'),
      '<a href="https://witness.example/page" target="_blank" rel="external noopener noreferrer">ok</a><a href="https://witness.example/other" target="_blank">x</a><a href="/reader/">ok</a><a href="/elsewhere/">x</a>',
    );
    expect(findBrokenLinks(dist, 'https://site.example', '/reader/')).toEqual([
      '/reader/: <a href="https://witness.example/other"> leads to another origin',
      '/reader/: <a href="/elsewhere/"> leads outside the base /reader/',
    ]);
  });
});
