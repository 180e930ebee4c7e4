/**
 * Determinism: builds the site again, in a scratch copy of the project, with the settings of the build
 * in dist/ (BASE_PATH, SITE_URL, from its record), and requires the two dist/ folders to be byte-identical:
 * the same inputs give the same site, wherever it is built. Run after `npm run build` (npm test runs it
 * beside the browser tests, which only read dist/). Exits 1 and lists the files that differ.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtSiteConfig } from './lib/build-inputs';
import { scratchCopy } from './lib/scratch-copy';

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
const copy = scratchCopy('determinism-');
let after: Map<string, string>;
try {
  copy.build({ BASE_PATH: base, SITE_URL: site ?? '' });
  after = digest(join(copy.dir, 'dist'));
} finally {
  copy.remove();
}
const differing = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file)).sort();
if (differing.length > 0) {
  console.error(`check-determinism: ${differing.length} file(s) differ between two builds:\n${differing.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`check-determinism: two builds gave byte-identical dist/ (${after.size} files)`);
}
