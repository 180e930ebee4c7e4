/**
 * Build time of `npm run build`, on the real source and on a synthetic source ten times as long
 * (every section's paragraphs ten times over, with the translations to match), built in a scratch
 * copy of the project so that nothing of this one is touched.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readContentInputs } from '../../src/lib/content/inputs';
import { fingerprint } from '../../src/lib/fingerprints';
import { paragraphRef } from '../../src/shared/references';
import { splitPage } from '../../src/lib/split/split-page';
import { scratchCopy } from '../lib/scratch-copy';

/** The page again, with every section's paragraphs printed `times` over, in the same layout. */
function longerSource(times: number) {
  const inputs = readContentInputs();
  const page = splitPage(inputs.source.bytes);
  const [statement, report] = page.documents;
  const repeat = <T>(items: T[]) => Array.from({ length: times }, () => items).flat();
  const lines: string[] = [statement!.title.text];
  for (const section of statement!.sections) {
    if (section.numeral) lines.push(section.numeral.text);
    lines.push(...repeat(section.blocks).map((block) => block.text));
  }
  lines.push(statement!.continuation!.text);
  const reportBlocks = report!.sections.flatMap((section) => [
    ...(section.heading ? [section.heading.text] : []),
    ...repeat(section.blocks).map((block) => block.text),
  ]);
  reportBlocks[reportBlocks.length - 1] += report!.byline!.text;
  lines.push(...reportBlocks, report!.title.text, report!.subtitle!.text);

  const translations = Object.fromEntries(
    page.documents.map((document) => {
      const { translation } = inputs.translations[document.id];
      const paragraphs: Record<string, string> = {};
      // Each repeated paragraph is translated as its original, and made from the same Chinese.
      const sources: Record<string, string> = { ...translation.sources };
      for (const section of document.sections) {
        const count = section.blocks.length;
        for (let index = 0; index < count * times; index += 1) {
          const ref = paragraphRef(document.id, section.number, index + 1);
          paragraphs[ref] = translation.paragraphs[paragraphRef(document.id, section.number, (index % count) + 1)]!;
          sources[ref] = fingerprint(section.blocks[index % count]!.text);
        }
      }
      return [document.id, { ...translation, paragraphs, sources }];
    }),
  );
  return { text: `${lines.join('\n\n')}\n`, translations };
}

export function benchBuildTime(times = 10) {
  const real = scratchCopy('bench-build-');
  const longer = scratchCopy('bench-build-long-');
  try {
    const { text, translations } = longerSource(times);
    writeFileSync(join(longer.dir, 'content/source/joint-statement-2025-and-xinhua-report.zh.txt'), text);
    for (const [id, translation] of Object.entries(translations))
      writeFileSync(join(longer.dir, `content/translations/en/${id}.yaml`), stringify(translation));
    return { real: real.build(), longer: longer.build(), times, paragraphs: 76 * times };
  } finally {
    real.remove();
    longer.remove();
  }
}
