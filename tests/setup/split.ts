import { resolve } from 'node:path';
import { writeSplit } from '../../scripts/lib/write-split';
import { SOURCE_FILE } from '../../src/lib/content/inputs';
import { SPLIT_DIR } from '../../src/lib/content/load-model';

/** Before the unit tests: the split of the inputs as they are now, which the tests read as the pages do. */
export default function splitInputs(): void {
  writeSplit(resolve(SOURCE_FILE), resolve(SPLIT_DIR));
}
