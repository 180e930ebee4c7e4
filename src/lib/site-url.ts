/**
 * The address the site is published at, for canonical URLs, hreflang, Open Graph and the sitemap.
 * Set SITE_URL when building for a host; the default is the local preview of the README.
 */
export const SITE_URL = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
