import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const LAUNCHER = 'scripts/lib/chromium-launcher.sh';
const scratch = mkdtempSync(join(tmpdir(), 'chromium-launcher-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A stand-in for the browser that prints the arguments it was started with, one a line. */
const printArgs = join(scratch, 'print-args');
writeFileSync(printArgs, '#!/bin/sh\nprintf "%s\\n" "$@"\n', { mode: 0o755 });

/** The arguments the launcher starts the stand-in with. */
const startedWith = (args: string[]) =>
  execFileSync(LAUNCHER, args, { env: { ...process.env, CHROMIUM_PATH: printArgs }, encoding: 'utf8' })
    .trimEnd()
    .split('\n');

describe('the Chromium launcher', () => {
  it('merges every --disable-features switch into one (Chromium keeps only the last) and passes the rest in order', () => {
    expect(
      startedWith([
        '--disable-features=PaintHolding,MediaRouter',
        '--remote-debugging-pipe',
        '--headless',
        '--disable-features=WebUIOmniboxPopup',
      ]),
    ).toEqual(['--remote-debugging-pipe', '--headless', '--disable-features=PaintHolding,MediaRouter,WebUIOmniboxPopup']);
  });

  it('passes arguments without any --disable-features as they are', () => {
    expect(startedWith(['--headless', '--window-size=800,600'])).toEqual(['--headless', '--window-size=800,600']);
  });

  it('says what is missing when no browser is named', () => {
    const { CHROMIUM_PATH: _named, ...unnamed } = process.env;
    const run = spawnSync(LAUNCHER, ['--headless'], { env: unnamed, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/CHROMIUM_PATH: names the browser to start/u);
  });
});
