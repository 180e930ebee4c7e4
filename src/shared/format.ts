/**
 * Filling in interface strings, the same way in the pages and in the browser code: a placeholder is
 * a name in braces, `format('Copy the link to paragraph {ref}', { ref: '2.5' })`. A name without a
 * value stays as it is, so a missing value shows rather than vanishes.
 */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/gu, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}

/** The form a language uses for a count (Intl.PluralRules): 'one' or 'other' in English, 'other' only in Chinese. */
export function pluralForm(forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }, count: number, lang: string): string {
  return forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
}

/** The plural form for a count in a language, with {count} filled in. */
export function formatCount(forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }, count: number, lang: string): string {
  return format(pluralForm(forms, count, lang), { count });
}

/** A list of items joined as the language joins them: "41 and 43", "41和43". */
export function formatList(items: readonly (string | number)[], lang: string): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items.map(String));
}

/**
 * The same placeholders, filled with values that are not text (elements, nodes): the template split
 * into its literal text and the values, in order. `formatParts('Printed {printed}.', { printed: node })`
 * gives ['Printed ', node, '.'].
 */
export function formatParts<T>(template: string, values: Readonly<Record<string, T>>): (string | T)[] {
  return template
    .split(/(\{\w+\})/u)
    .filter((part) => part !== '')
    .map((part) => {
      const name = /^\{(\w+)\}$/u.exec(part)?.[1];
      return name !== undefined && name in values ? values[name]! : part;
    });
}
