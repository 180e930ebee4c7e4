import type { Edition } from '../editions';
import { toTraditionalInterface } from '../traditional-interface';
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

/** The interface text of every edition. */
export const UI: Record<Edition, UiStrings> = {
  'zh-hans': simplified,
  // The Traditional interface is converted from the Simplified by the rules of the text, then written with
  // Taiwan's words and corner quotes (content/editorial/traditional-interface.yaml).
  'zh-hant': convertStrings(simplified, toTraditionalInterface),
  en: english,
};
