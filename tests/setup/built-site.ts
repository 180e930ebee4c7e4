import { builtSiteProblem } from '../../scripts/lib/build-inputs';
import { siteConfigFrom } from '../../src/lib/urls';

/** Before the site tests: they test dist/, so it must be the build of the files as they are now. */
export default function requireCurrentBuild(): void {
  const problem = builtSiteProblem(siteConfigFrom(process.env));
  if (problem) throw new Error(problem);
}
