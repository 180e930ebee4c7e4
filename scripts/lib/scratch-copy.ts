/** A scratch copy of the project (every file git does not ignore, with node_modules linked), to build variants without touching this one. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ScratchCopy {
  dir: string;
  /** Runs `npm run build` there, with extra environment; returns the seconds it took. */
  build(env?: Record<string, string>): number;
  remove(): void;
}

export function scratchCopy(prefix: string): ScratchCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  for (const file of tracked) cpSync(file, join(dir, file), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    build(env = {}) {
      const start = performance.now();
      execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
      return (performance.now() - start) / 1000;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
