import type { Editorial } from './load';
import type { Source } from './schema';

/**
 * The independent sources behind a list of citations, in the order first cited: pages copied from
 * one origin (one network of reposting sites, one wire story) count once, however many are cited.
 */
export function independentSources(
  { witnesses, sources }: Pick<Editorial, 'witnesses' | 'sources'>,
  citations: readonly { witness: string }[],
): Source[] {
  const ids = [...new Set(citations.map(({ witness }) => witnesses.get(witness)!.source))];
  return ids.map((id) => sources.get(id)!);
}
