/**
 * The Content-Security-Policy of every page: everything from the site itself, nothing inline.
 * Scripts and styles are files (astro.config.mjs turns inlining off), so no hash is needed.
 * 'wasm-unsafe-eval' is the one exception, and only for Pagefind's search, which runs as
 * WebAssembly; it allows compiling WebAssembly, not eval() of JavaScript.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
