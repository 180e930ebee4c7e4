/**
 * The Content-Security-Policy of every page: everything from the site itself, nothing inline.
 * Scripts and styles are files (astro.config.mjs turns inlining off), so no hash is needed; images
 * may also be data: URLs (the icons in the stylesheet), which cannot run anything.
 * 'wasm-unsafe-eval' is the one exception, and only for Pagefind's search, which runs as
 * WebAssembly; it allows compiling WebAssembly, not eval() of JavaScript.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // The paragraph buttons' icons are small SVGs written into the stylesheet as data: URLs.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** The policy as every page's <meta http-equiv> carries it. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The same policy as the host sends it, with what only a header can carry: no framing by another site. */
export const HEADER_CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** The headers every response carries, from a static host's _headers file or the nginx block (src/lib/hosting.ts). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
