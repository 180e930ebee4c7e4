import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it, vi } from 'vitest';
import { allElements, htmlFiles } from '../../scripts/lib/built-html';
import { headersFor, IMMUTABLE, nginxServerBlock, parseHeadersFile, REVALIDATE } from '../../src/lib/hosting';
import { HEADER_CONTENT_SECURITY_POLICY } from '../../src/lib/security';
import { builtUrls } from '../helpers/built';
import { serveSite } from '../../scripts/lib/site-server';

const { BASE } = builtUrls();

const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
const directives = (policy: string) => policy.split(';').map((directive) => directive.trim());

describe('the built host configuration', () => {
  it('agrees with every page: the header policy is the <meta> policy, plus frame-ancestors', () => {
    for (const file of htmlFiles('dist')) {
      const meta = allElements(fromHtml(readFileSync(file, 'utf8'))).find(
        (e) => e.tagName === 'meta' && e.properties.httpEquiv?.toString() === 'Content-Security-Policy',
      );
      const path = `${BASE}${file.slice('dist/'.length).replace(/(^|\/)index\.html$/u, '$1')}`;
      const header = headersFor(rules, path)['Content-Security-Policy']!;
      expect(header, path).toBeDefined();
      expect(
        directives(header).filter((directive) => !directive.startsWith('frame-ancestors')),
        path,
      ).toEqual(directives(String(meta?.properties.content)));
      expect(directives(header), path).toContain("frame-ancestors 'none'");
    }
  });

  it('is what a host sends: hashed assets cached for a year, pages and data revalidated', async () => {
    const site = await serveSite({ base: BASE });
    try {
      const page = await fetch(`${site.origin}${BASE}zh-hans/statement/2/`);
      expect(page.headers.get('cache-control')).toBe(REVALIDATE);
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      const stylesheet = /href="([^"]*\/_astro\/[^"]+\.css)"/u.exec(await page.text())![1]!;
      expect((await fetch(`${site.origin}${stylesheet}`)).headers.get('cache-control')).toBe(IMMUTABLE);
      expect((await fetch(`${site.origin}${BASE}zh-hans/glossary.json`)).headers.get('cache-control')).toBe(REVALIDATE);
    } finally {
      await site.close();
    }
  });
  it('is served by nginx with the block npm run nginx-config writes: the policy and the caching as headers', async () => {
    const nginx = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
    expect(nginx.error, 'nginx is needed for this test: apt-get install -y nginx-light (.ci/run installs it)').toBeUndefined();
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const work = mkdtempSync(join(tmpdir(), 'nginx-'));
    const config = join(work, 'nginx.conf');
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${work}/${name};`).join('\n  ');
    writeFileSync(
      config,
      `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;\nworker_processes 1;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log;\nevents {}\nhttp {\n  access_log off;\n  ${temp}\n${nginxServerBlock({ base: BASE, root: resolve('dist'), listen: `127.0.0.1:${port}` })}}\n`,
    );
    const server: ChildProcess = spawn('nginx', ['-c', config, '-e', `${work}/error.log`], { stdio: 'ignore' });
    try {
      const origin = `http://127.0.0.1:${port}`;
      // nginx answers once it is listening.
      const page = await vi.waitFor(() => fetch(`${origin}${BASE}zh-hant/statement/2/`), { timeout: 10_000, interval: 50 });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(HEADER_CONTENT_SECURITY_POLICY);
      expect(page.headers.get('cache-control')).toBe(REVALIDATE);
      const html = await page.text();
      expect(html).toContain('id="p2-5"');
      const stylesheet = /href="([^"]*\/_astro\/[^"]+\.css)"/u.exec(html)![1]!;
      const css = await fetch(`${origin}${stylesheet}`);
      expect(css.status).toBe(200);
      expect(css.headers.get('cache-control')).toBe(IMMUTABLE);
      expect(css.headers.get('content-security-policy')).toBe(HEADER_CONTENT_SECURITY_POLICY);
      const missing = await fetch(`${origin}${BASE}no-such-page/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('找不到这个页面');
    } finally {
      server.kill();
    }
  });
});
