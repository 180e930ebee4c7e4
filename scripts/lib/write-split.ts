/**
 * The split as a step: reads every input once (src/lib/content/inputs.ts), checks every rule between them
 * and makes the content model (src/lib/content/model.ts), and writes the content collections of every
 * edition and the model to a folder. Everything is built in memory first, so bad input (SourceError,
 * InputError, ContentError) writes nothing and leaves the previous content untouched. Each file is
 * replaced whole (written beside it, then renamed over it) and only where it changed: a reader never
 * sees half a file, and two splits at once (npm test runs the build beside the unit tests, and both
 * split) write the same bytes without getting in each other's way.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { readContentInputs } from '../../src/lib/content/inputs';
import { buildContent } from '../../src/lib/content/model';

/** Every file under a folder, by its path relative to the folder ('/'-separated), and every folder below it. */
function contentsOf(dir: string, root = dir, found = { files: [] as string[], folders: [] as string[] }) {
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      contentsOf(path, root, found);
      found.folders.push(path);
    } else found.files.push(relative(root, path).split(sep).join('/'));
  }
  return found;
}

/** Writes the split of a source to a folder; returns how many files it wrote. */
export function writeSplit(source: string, out: string): number {
  const { files } = buildContent(readContentInputs(source));
  for (const [path, text] of files) {
    const target = join(out, path);
    if (existsSync(target) && readFileSync(target, 'utf8') === text) continue;
    mkdirSync(dirname(target), { recursive: true });
    const beside = `${target}.${process.pid}.tmp`;
    writeFileSync(beside, text);
    renameSync(beside, target);
  }
  const { files: present, folders } = contentsOf(out);
  // What another split is writing at the same moment is not stale.
  for (const path of present) if (!files.has(path) && !path.endsWith('.tmp')) rmSync(join(out, path), { force: true });
  // Deepest first (contentsOf lists a folder after what it holds): a folder left empty goes too.
  for (const folder of folders) if (readdirSync(folder).length === 0) rmdirSync(folder);
  return files.size;
}
