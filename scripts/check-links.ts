/** After the build: every internal link and #fragment in dist/ must resolve. Exits 1 and lists those that do not. */
import { BASE, SITE_URL } from '../src/lib/urls';
import { findBrokenLinks } from './lib/link-check';

const broken = findBrokenLinks('dist', SITE_URL, BASE);
if (broken.length > 0) {
  console.error(`check-links: ${broken.length} broken link(s):\n${broken.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('check-links: every internal link and fragment in dist/ resolves');
}
