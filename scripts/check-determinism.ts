/**
 * Determinism: builds the site again, with the settings of the build before (BASE_PATH, SITE_URL, from
 * its record), and requires dist/ to be byte-identical to it. Run after `npm run build` (npm test runs
 * it last). Exits 1 and lists the files that differ.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtSiteConfig } from './lib/build-inputs';

function digest(dir: string, root = dir, files = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) digest(path, root, files);
    else files.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return files;
}

const { base, site } = builtSiteConfig();
const before = digest('dist');
execFileSync('npm', ['run', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, BASE_PATH: base, SITE_URL: site ?? '' },
});
const after = digest('dist');
const differing = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file)).sort();
if (differing.length > 0) {
  console.error(`check-determinism: ${differing.length} file(s) differ between two builds:\n${differing.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`check-determinism: two builds gave byte-identical dist/ (${after.size} files)`);
}
