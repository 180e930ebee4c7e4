/** After `astro build` (npm run build runs it within the build): the search index and texts (scripts/lib/search-index.ts). */
import { writeSearchIndex } from './lib/search-index';

console.log(await writeSearchIndex());
