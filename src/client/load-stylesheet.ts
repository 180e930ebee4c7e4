/**
 * Links a stylesheet into the page; the promise settles when it has loaded. The popovers' styles
 * come with their code, on first use: a plain CSS import would make Astro link them from every page
 * up front.
 */
export function loadStylesheet(href: string): Promise<void> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const settled = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    // Should the styles fail to load, the popover still opens, unstyled.
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return settled;
}
