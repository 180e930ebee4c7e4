/** After the build: <dist>/_headers, the headers static hosts send (src/lib/hosting.ts). */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerRules, headersFile } from '../../src/lib/hosting';

/** Writes <dist>/_headers for a site published under `base`; returns what it wrote, to report. */
export function writeHostConfig(dist: string, base: string): string {
  const entries = readdirSync(dist, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    .sort();
  const rules = headerRules(base, entries);
  writeFileSync(join(dist, '_headers'), headersFile(rules));
  return `write-host-config: ${join(dist, '_headers')}, ${rules.length} rules`;
}
