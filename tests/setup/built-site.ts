import { builtSiteConfig } from '../../scripts/lib/build-inputs';

/** Before the site tests: they test dist/, so it must be the build of the files as they are now. */
export default function requireCurrentBuild(): void {
  builtSiteConfig();
}
