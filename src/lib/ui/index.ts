import { editionScripts } from '../content/load-model';
import type { Edition } from '../editions';
import { english } from './en';
import type { UiStrings } from './strings';
import { simplified } from './zh-hans';

export type { PluralForms, UiStrings } from './strings';

/** Converts every string of the interface text, however deeply nested. */
function convertStrings<T>(value: T, convert: (text: string) => string): T {
  if (typeof value === 'string') return convert(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => convertStrings(item, convert)) as T;
  return Object.fromEntries(Object.entries(value as object).map(([key, item]) => [key, convertStrings(item, convert)])) as T;
}

let traditional: UiStrings | undefined;

/**
 * The interface text of an edition. The Traditional is converted from the Simplified by the rules of the
 * text, then written with Taiwan's words and corner quotes (content/editorial/traditional-interface.yaml),
 * from the content model's lists, when it is first asked for.
 */
export function uiText(edition: Edition): UiStrings {
  if (edition === 'en') return english;
  if (edition === 'zh-hans') return simplified;
  traditional ??= convertStrings(simplified, editionScripts().siteWordsIn('zh-hant'));
  return traditional;
}
