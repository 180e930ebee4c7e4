/** After the build (npm run build runs it within the build): dist/_headers (scripts/lib/host-config.ts). */
import { writeHostConfig } from './lib/host-config';

console.log(writeHostConfig());
