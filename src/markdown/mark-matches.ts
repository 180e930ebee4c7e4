import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Segment } from '../lib/glossary/term-matcher';

/**
 * Replaces what a term matcher finds in a Markdown tree's text by nodes of the caller's making. Text
 * inside links (the paragraph reference, a term already marked) and in nodes the caller skips is left alone.
 */
export function markMatches(
  tree: Root,
  match: (text: string) => Segment[],
  mark: (segment: Required<Segment>) => PhrasingContent,
  skip: (node: unknown) => boolean = () => false,
): void {
  visit(tree, (node, index, parent: Parent | undefined) => {
    if (node.type === 'link' || skip(node)) return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return undefined;
    const segments = match((node as Text).value);
    if (!segments.some((segment) => segment.id)) return undefined;
    const replacement: PhrasingContent[] = segments.map((segment) =>
      segment.id ? mark(segment as Required<Segment>) : { type: 'text', value: segment.text },
    );
    parent.children.splice(index, 1, ...(replacement as Parent['children']));
    return [SKIP, index + replacement.length];
  });
}
