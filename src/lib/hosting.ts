/**
 * Host configuration, made from the one security policy (src/lib/security.ts): a `_headers` file for
 * static hosts that read one (Cloudflare Pages, Netlify and others), written into dist/ by the build,
 * and an nginx server block (npm run nginx-config). Both send the Content-Security-Policy as a header,
 * cache the hashed assets (/_astro/) for a year, and have the HTML and the other files revalidated.
 */
import { SECURITY_HEADERS } from './security';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export interface HeaderRule {
  /** A path pattern: an exact path, or a prefix ending in *. */
  path: string;
  headers: Record<string, string>;
}

/**
 * The rules of the `_headers` file, given the top-level entries of dist/ (a folder ends in /). Hosts add
 * up the headers of every rule that matches a path (joining a repeated name with a comma), so no header
 * is given by two rules for one path: the security headers by a rule for everything, Cache-Control by
 * one rule for the hashed assets and one for each other top-level file or folder. Hosts limit the
 * number of rules (Cloudflare Pages: 100), which this keeps to a dozen.
 */
export function headerRules(base: string, entries: readonly string[]): HeaderRule[] {
  const others = entries.filter((entry) => entry !== '_astro/' && entry !== '_headers');
  return [
    { path: `${base}*`, headers: { ...SECURITY_HEADERS } },
    { path: `${base}_astro/*`, headers: { 'Cache-Control': IMMUTABLE } },
    { path: base, headers: { 'Cache-Control': REVALIDATE } },
    ...others.map((entry) => ({ path: `${base}${entry}${entry.endsWith('/') ? '*' : ''}`, headers: { 'Cache-Control': REVALIDATE } })),
  ];
}

/** The rules as a `_headers` file. */
export function headersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ path, headers }) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Written by npm run build from src/lib/hosting.ts; read by static hosts (Cloudflare Pages, Netlify …).\n${blocks.join('\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** The headers a host sends for a path: every matching rule's, a name given twice joined with a comma as hosts do. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (!matches) continue;
    for (const [name, value] of Object.entries(rule.headers))
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return headers;
}

/** An nginx server block serving dist/ under the base path. */
export function nginxServerBlock({
  base,
  root,
  serverName = '_',
  listen = '80',
}: {
  base: string;
  root: string;
  serverName?: string | undefined;
  listen?: string | undefined;
}): string {
  const security = Object.entries(SECURITY_HEADERS).map(([name, value]) => `add_header ${name} "${value}" always;`);
  // add_header in a location replaces those of the server, so each location repeats the security headers.
  const headers = (cache: string) => [...security, `add_header Cache-Control "${cache}" always;`].map((line) => `    ${line}`).join('\n');
  const directory = root.replace(/\/+$/u, '');
  const serveFrom = base === '/' ? `root ${directory};` : `alias ${directory}/;`;
  return `# Written by npm run nginx-config from src/lib/hosting.ts: the site under ${base}, served from ${directory}.
server {
  listen ${listen};
  server_name ${serverName};
  charset utf-8;
  types {
    text/html html;
    text/css css;
    text/javascript js mjs;
    application/json json;
    application/wasm wasm pagefind;
    application/octet-stream pf_index pf_fragment pf_meta;
    image/svg+xml svg;
    text/plain txt;
    application/xml xml;
    text/markdown md;
  }
  gzip on;
  gzip_types text/css text/javascript application/json application/xml image/svg+xml text/markdown application/wasm application/octet-stream;

  location ^~ ${base}_astro/ {
    ${base === '/' ? `root ${directory};` : `alias ${directory}/_astro/;`}
${headers(IMMUTABLE)}
  }

  location ^~ ${base} {
    ${serveFrom}
    index index.html;
    try_files $uri $uri/ =404;
${headers(REVALIDATE)}
  }

  error_page 404 ${base}404.html;
}
`;
}
