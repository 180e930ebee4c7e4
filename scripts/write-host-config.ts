/** After the build: dist/_headers, the headers static hosts send (src/lib/hosting.ts). */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerRules, headersFile } from '../src/lib/hosting';
import { BASE } from '../src/lib/urls';

const entries = readdirSync('dist', { withFileTypes: true })
  .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
  .sort();
const rules = headerRules(BASE, entries);
writeFileSync(join('dist', '_headers'), headersFile(rules));
console.log(`write-host-config: dist/_headers, ${rules.length} rules`);
