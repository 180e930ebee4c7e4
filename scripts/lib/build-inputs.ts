/**
 * What a build of dist/ was made from: a digest of every file the build reads (sources, content,
 * scripts, configuration) and the settings that change its output (BASE_PATH, SITE_URL). `npm run build`
 * records both last; the site tests compare the digest with the files as they are now, so that they never
 * test an old build, and take the settings from the record, so that they test the build as it was made.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { SiteConfig } from '../../src/shared/urls';

/** What `npm run build` reads to make dist/ (the checks it runs after do not change it). */
const INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/lib'];
/** What the build makes from the inputs before it reads it (the split), and so adds nothing to their digest. */
const MADE_FROM_INPUTS = new Set([join('content', 'split')]);

/** Where the digest of the last build is kept: beside Astro's own cache, outside what is published. */
export const BUILD_STAMP = join('.astro', 'build-inputs.json');

function files(path: string, root: string): string[] {
  if (!existsSync(path) || MADE_FROM_INPUTS.has(relative(root, path))) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name), root));
}

export function inputsDigest(config: SiteConfig, root = process.cwd()): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ base: config.base, site: config.site ?? '' }));
  for (const file of INPUTS.flatMap((input) => files(join(root, input), root)).sort()) {
    hash.update(relative(root, file).split(sep).join('/'));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

interface BuildStamp {
  inputs: string;
  config: SiteConfig;
}

export function writeBuildStamp(config: SiteConfig, root = process.cwd()): void {
  const stamp = join(root, BUILD_STAMP);
  mkdirSync(dirname(stamp), { recursive: true });
  const record: BuildStamp = { inputs: inputsDigest(config, root), config };
  writeFileSync(stamp, `${JSON.stringify(record)}\n`);
}

/** The build of dist/, if it is the build of the files as they are now: its settings; else why it cannot be tested. */
export function builtSite(root = process.cwd()): { config: SiteConfig } | { problem: string } {
  if (!existsSync(join(root, 'dist', 'index.html'))) return { problem: 'dist/ is missing: run `npm run build` first' };
  const stamp = join(root, BUILD_STAMP);
  if (!existsSync(stamp)) return { problem: 'dist/ was not built by `npm run build` (no record of its inputs): run `npm run build` first' };
  const { inputs, config } = JSON.parse(readFileSync(stamp, 'utf8')) as Partial<BuildStamp>;
  if (!config || inputs !== inputsDigest(config, root))
    return { problem: 'dist/ is older than the sources it was built from: run `npm run build` first' };
  return { config };
}

/** The settings dist/ was built with (BASE_PATH, SITE_URL), read from its record; throws if it is not the current build. */
export function builtSiteConfig(root = process.cwd()): SiteConfig {
  const built = builtSite(root);
  if ('problem' in built) throw new Error(built.problem);
  return built.config;
}
