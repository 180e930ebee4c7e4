import { builtSiteConfig } from '../../scripts/lib/build-inputs';
import { createUrls, type Urls } from '../../src/shared/urls';

let urls: Urls | undefined;

/**
 * The addresses of the site as dist/ was built (its base path and host, read from the build's record),
 * so that the same tests hold for a build at the host's root and one under a base path.
 */
export function builtUrls(): Urls {
  urls ??= createUrls(builtSiteConfig());
  return urls;
}

/** The file of dist/ that an address of the built site is served from: /reader/en/glossary/ → dist/en/glossary/index.html. */
export function distFile(address: string): string {
  const { BASE } = builtUrls();
  const path = address.split('#')[0]!.split('?')[0]!;
  if (!path.startsWith(BASE)) throw new Error(`${address} is not under the base ${BASE}`);
  const inDist = path.slice(BASE.length);
  return `dist/${inDist === '' || inDist.endsWith('/') ? `${inDist}index.html` : inDist}`;
}
