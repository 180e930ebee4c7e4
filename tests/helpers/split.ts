import { splitCommand } from '../../scripts/lib/split-command';

/** `npm run split -- --source SOURCE --out OUT`, run in this process: its exit status and what it printed. */
export function split(source: string, out: string): { status: number; stdout: string; stderr: string } {
  const printed = { stdout: [] as string[], stderr: [] as string[] };
  const status = splitCommand(['--source', source, '--out', out], {
    log: (line) => printed.stdout.push(line),
    error: (line) => printed.stderr.push(line),
  });
  return { status, stdout: printed.stdout.join('\n'), stderr: printed.stderr.join('\n') };
}
