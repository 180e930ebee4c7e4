/** After the build: every internal link and #fragment in dist/ must resolve. Exits 1 and lists those that do not. */
import { SITE_URL } from '../src/lib/site-url';
import { findBrokenLinks } from './lib/link-check';

const broken = findBrokenLinks('dist', SITE_URL);
if (broken.length > 0) {
  console.error(`check-links: ${broken.length} broken link(s):\n${broken.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('check-links: every internal link and fragment in dist/ resolves');
}
