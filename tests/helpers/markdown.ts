import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { editionScripts, loadEditorial, loadModel } from '../../src/lib/content/load-model';
import { createUrls } from '../../src/shared/urls';
import { markdownOptions } from '../../src/markdown/options';

const processor = await createMarkdownProcessor(
  markdownOptions({
    model: loadModel(),
    editorial: loadEditorial(),
    scripts: editionScripts(),
    urls: createUrls({ base: '/', site: undefined }),
  }),
);

/** Renders Markdown through the site's real Markdown pipeline and parses the HTML it gives. */
export async function renderMarkdown(markdown: string) {
  const { frontmatter, content } = parseFrontmatter(markdown);
  const { code } = await processor.render(content, { frontmatter });
  return { html: code, tree: fromHtml(code, { fragment: true }) };
}
