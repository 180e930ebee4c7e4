/** npm run split: see scripts/lib/split-command.ts. */
import { splitCommand } from './lib/split-command';

process.exitCode = splitCommand(process.argv.slice(2));
