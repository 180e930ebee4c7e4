/** The last step of `npm run build`: records what dist/ was built from (see scripts/lib/build-inputs.ts). */
import { writeBuildStamp } from './lib/build-inputs';

writeBuildStamp();
