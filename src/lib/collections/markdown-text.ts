/**
 * Escapes printed text for a Markdown paragraph so that it renders as exactly the same characters.
 * CommonMark lets a backslash escape any ASCII punctuation, and only ASCII punctuation can open
 * Markdown syntax; Chinese punctuation is left untouched.
 */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, (character) => `\\${character}`);
}
