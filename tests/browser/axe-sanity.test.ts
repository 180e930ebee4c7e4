import { describe, expect, it } from 'vitest';
import { axeViolations, withSiteAndBrowser } from '../helpers/site';

const env = withSiteAndBrowser();

describe('the accessibility check', () => {
  it('is real: it reports a missing alt text, low contrast, a skipped heading level and content outside landmarks', async () => {
    const page = await env.browser.newPage();
    await page.setContent(
      '<html lang="en"><head><title>t</title></head><body><main><h1>Title</h1><h3>Skipped a level</h3><img src="data:,"><p style="color:#999;background:#aaa">faint</p></main><p>outside</p></body></html>',
    );
    const ids = (await axeViolations(page)).map((violation) => violation.split(':')[0]);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'heading-order', 'region']));
    await page.close();
  });
});
