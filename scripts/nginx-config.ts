/**
 * npm run nginx-config: prints an nginx server block for the site, with the Content-Security-Policy and
 * the caching of src/lib/hosting.ts, for the base path the site was built with (BASE_PATH).
 *   BASE_PATH=/reader/ npm run -s nginx-config -- --root /srv/joint-statement/dist --server-name example.org
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxServerBlock } from '../src/lib/hosting';
import { BASE } from '../src/shared/urls';

const { values } = parseArgs({ options: { root: { type: 'string' }, 'server-name': { type: 'string' }, listen: { type: 'string' } } });
process.stdout.write(
  nginxServerBlock({ base: BASE, root: resolve(values.root ?? 'dist'), serverName: values['server-name'], listen: values.listen }),
);
