/**
 * What a build of dist/ was made from: a digest of every file the build reads (sources, content,
 * scripts, configuration) and the settings that change its output (BASE_PATH, SITE_URL). `npm run build`
 * records it last; the site tests compare it with the files as they are now, so that they never test an
 * old build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { SiteConfig } from '../../src/lib/urls';

/** What `npm run build` reads to make dist/ (the checks it runs after do not change it). */
const INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/lib'];

/** Where the digest of the last build is kept: beside Astro's own cache, outside what is published. */
export const BUILD_STAMP = join('.astro', 'build-inputs.json');

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

export function inputsDigest(config: SiteConfig, root = process.cwd()): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ base: config.base, site: config.site ?? '' }));
  for (const file of INPUTS.flatMap((input) => files(join(root, input))).sort()) {
    hash.update(relative(root, file).split(sep).join('/'));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

export function writeBuildStamp(config: SiteConfig, root = process.cwd()): void {
  const stamp = join(root, BUILD_STAMP);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${JSON.stringify({ inputs: inputsDigest(config, root) })}\n`);
}

/** Why dist/ cannot be tested as it is, or undefined when it is the build of the files as they are now, made with `config`. */
export function builtSiteProblem(config: SiteConfig, root = process.cwd()): string | undefined {
  if (!existsSync(join(root, 'dist', 'index.html'))) return 'dist/ is missing: run `npm run build` first';
  const stamp = join(root, BUILD_STAMP);
  if (!existsSync(stamp)) return 'dist/ was not built by `npm run build` (no record of its inputs): run `npm run build` first';
  const { inputs } = JSON.parse(readFileSync(stamp, 'utf8')) as { inputs?: string };
  if (inputs !== inputsDigest(config, root))
    return 'dist/ is older than the sources it was built from (or was built with other BASE_PATH or SITE_URL): run `npm run build` first';
  return undefined;
}
