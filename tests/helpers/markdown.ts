import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { markdownOptions } from '../../src/markdown/options';

const processor = await createMarkdownProcessor(markdownOptions);

/** Renders Markdown through the site's real Markdown pipeline and parses the HTML it gives. */
export async function renderMarkdown(markdown: string) {
  const { frontmatter, content } = parseFrontmatter(markdown);
  const { code } = await processor.render(content, { frontmatter });
  return { html: code, tree: fromHtml(code, { fragment: true }) };
}
