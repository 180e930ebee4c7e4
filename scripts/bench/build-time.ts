/**
 * Build time of `npm run build`, on the real source and on a synthetic source ten times as long
 * (every section's paragraphs ten times over, with the translations to match), built in a scratch
 * copy of the project so that nothing of this one is touched.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readEditionInputs } from '../../src/lib/collections/read-inputs';
import { paragraphRef } from '../../src/lib/references';
import { splitPage } from '../../src/lib/split/split-page';

function timeBuild(cwd: string): number {
  const start = performance.now();
  execFileSync('npm', ['run', 'build'], { cwd, stdio: 'ignore' });
  return (performance.now() - start) / 1000;
}

/** The page again, with every section's paragraphs printed `times` over, in the same layout. */
function longerSource(times: number) {
  const inputs = readEditionInputs();
  const page = splitPage(inputs.source.bytes);
  const [statement, report] = page.documents;
  const repeat = <T>(items: T[]) => Array.from({ length: times }, () => items).flat();
  const lines: string[] = [statement!.title.text];
  for (const section of statement!.sections) {
    if (section.numeral) lines.push(section.numeral.text);
    lines.push(...repeat(section.blocks).map((block) => block.text));
  }
  lines.push(statement!.continuation!.text);
  const reportBlocks = report!.sections.flatMap((section) => [...(section.heading ? [section.heading.text] : []), ...repeat(section.blocks).map((block) => block.text)]);
  reportBlocks[reportBlocks.length - 1] += report!.byline!.text;
  lines.push(...reportBlocks, report!.title.text, report!.subtitle!.text);

  const translations = Object.fromEntries(
    page.documents.map((document) => {
      const { translation } = inputs.translations[document.id];
      const paragraphs: Record<string, string> = {};
      for (const section of document.sections) {
        const count = section.blocks.length;
        for (let index = 0; index < count * times; index += 1) {
          paragraphs[paragraphRef(document.id, section.number, index + 1)] = translation.paragraphs[paragraphRef(document.id, section.number, (index % count) + 1)]!;
        }
      }
      return [document.id, { ...translation, paragraphs }];
    }),
  );
  return { text: `${lines.join('\n\n')}\n`, translations };
}

export function benchBuildTime(times = 10) {
  const real = timeBuild(process.cwd());
  const scratch = mkdtempSync(join(tmpdir(), 'bench-build-'));
  try {
    const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const file of tracked) cpSync(file, join(scratch, file), { recursive: true });
    symlinkSync(join(process.cwd(), 'node_modules'), join(scratch, 'node_modules'));
    const { text, translations } = longerSource(times);
    writeFileSync(join(scratch, 'content/source/joint-statement-2025-and-xinhua-report.zh.txt'), text);
    for (const [id, translation] of Object.entries(translations)) writeFileSync(join(scratch, `content/translations/en/${id}.yaml`), stringify(translation));
    const longer = timeBuild(scratch);
    return { real, longer, times, paragraphs: 76 * times };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
