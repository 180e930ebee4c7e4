import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SOURCE_PATH = fileURLToPath(new URL('../../content/source/joint-statement-2025-and-xinhua-report.zh.txt', import.meta.url));

export function sourceBytes(): Uint8Array {
  return readFileSync(SOURCE_PATH);
}

export function sourceText(): string {
  return readFileSync(SOURCE_PATH, 'utf8');
}

export function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
