import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML file of the built site (or of another folder). */
export function htmlFiles(dir = 'dist'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}
