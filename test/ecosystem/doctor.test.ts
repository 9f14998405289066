// `gcm-review doctor`: the checks with a machine simulated (no browser, no fonts, old Node.js), and
// the real binary on this machine: a browser named but missing, PATH without browsers, a real launch.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MIN_NODE,
  formatReport,
  runChecks,
  type DoctorDeps,
  type DoctorReport,
} from '../../src/cli/commands/doctor.js';
import { makeChalk } from '../../src/cli/output.js';
import { INSTALL_HINT } from '../../src/render/browser.js';
import { root, run } from './helpers.js';

/** A healthy machine; each test breaks one thing. */
function deps(over: Partial<DoctorDeps> = {}): DoctorDeps {
  return {
    env: {},
    platform: 'linux',
    nodeVersion: '20.19.5',
    findBrowser: () => ({ path: '/opt/chrome/chrome', headless: true, source: 'GCM_REVIEW_CHROME' }),
    installHint: INSTALL_HINT,
    browserVersion: async () => ({ ok: true, detail: 'Google Chrome 140.0.1', ms: 5 }),
    launch: async () => ({ ok: true, detail: 'HeadlessChrome/140.0.1', ms: 300 }),
    tool: (name) => `/usr/bin/${name}`,
    run: async (_path, args) => {
      const lang = args[0];
      if (lang === ':lang=ar') return 'Noto Sans Arabic\nNoto Naskh Arabic\n';
      if (lang === ':lang=zh-cn') return 'Noto Sans CJK SC,Noto Sans CJK SC Regular\n';
      if (lang === ':lang=ja' || lang === ':lang=ko') return '';
      return 'Noto Sans\nNoto Serif\nDejaVu Sans\n';
    },
    ...over,
  };
}

const status = (r: DoctorReport, id: string) => r.checks.find((c) => c.id === id)?.status;
const plain = makeChalk(false);

describe('doctor checks', () => {
  it('a healthy machine passes every check', async () => {
    const r = await runChecks(deps());
    expect(r.ok).toBe(true);
    expect(r.checks.map((c) => [c.id, c.status])).toEqual([
      ['node', 'pass'],
      ['browser', 'pass'],
      ['browser-launch', 'pass'],
      ['fonts-latin', 'pass'],
      ['fonts-arabic', 'pass'],
      ['fonts-cjk', 'pass'],
      ['pdftotext', 'info'],
    ]);
    expect(formatReport(r, plain, {})).toMatch(/Ready: this machine can make PDF reports\.$/);
  });

  it('no browser at all: fails with the install command, and does not try to start one', async () => {
    let launched = false;
    const r = await runChecks(
      deps({
        findBrowser: () => undefined,
        launch: async () => {
          launched = true;
          return { ok: true, detail: 'x', ms: 0 };
        },
      }),
    );
    expect(r.ok).toBe(false);
    expect(status(r, 'browser')).toBe('fail');
    expect(status(r, 'browser-launch')).toBe('fail');
    expect(launched).toBe(false);
    const text = formatReport(r, plain, {});
    expect(text).toContain('✗ No Chromium or Chrome browser found');
    expect(text).toContain('sudo apt-get install -y --no-install-recommends chromium-headless-shell');
    expect(text).toMatch(/Not ready/);
  });

  it('a browser that does not start fails, with its error', async () => {
    const r = await runChecks(
      deps({ launch: async () => ({ ok: false, error: 'libnss3.so: cannot open shared object file', ms: 40 }) }),
    );
    expect(r.ok).toBe(false);
    expect(status(r, 'browser-launch')).toBe('fail');
    expect(formatReport(r, plain, {})).toContain('    libnss3.so: cannot open shared object file');
  });

  it('no Latin font fails; no Arabic or CJK font only warns, naming the package to install', async () => {
    const noLatin = await runChecks(deps({ run: async () => '' }));
    expect(status(noLatin, 'fonts-latin')).toBe('fail');
    expect(noLatin.ok).toBe(false);

    const onlyLatin = await runChecks(
      deps({ run: async (_p, a) => (a[0] === ':lang=en' || a[0] === ':lang=fr' ? 'Noto Sans\n' : '') }),
    );
    expect(onlyLatin.ok).toBe(true);
    expect(status(onlyLatin, 'fonts-arabic')).toBe('warn');
    expect(status(onlyLatin, 'fonts-cjk')).toBe('warn');
    const text = formatReport(onlyLatin, plain, {});
    expect(text).toContain('fonts-noto-core');
    expect(text).toContain('fonts-noto-cjk');
    expect(text).toMatch(/Ready: .*\(2 warnings above\)/);
  });

  it('a Node.js older than the engines field fails', async () => {
    const r = await runChecks(deps({ nodeVersion: '20.11.1' }));
    expect(status(r, 'node')).toBe('fail');
    expect(r.ok).toBe(false);
    expect((await runChecks(deps({ nodeVersion: '22.0.0' }))).ok).toBe(true);
  });

  it('MIN_NODE is the one package.json promises', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node.replace(/^>=/, '')).toBe(MIN_NODE.replace(/\.0$/, ''));
  });

  it('pdftotext is information only: missing it never fails', async () => {
    const r = await runChecks(deps({ tool: (n) => (n === 'pdftotext' ? undefined : `/usr/bin/${n}`) }));
    expect(status(r, 'pdftotext')).toBe('info');
    expect(r.ok).toBe(true);
  });

  it('--quiet drops the heading, --verbose adds details', async () => {
    const r = await runChecks(deps());
    expect(formatReport(r, plain, { quiet: true })).not.toContain('doctor (');
    expect(formatReport(r, plain, { verbose: true })).toContain('all families: DejaVu Sans, Noto Sans, Noto Serif');
  });
});

describe('gcm-review doctor (the binary, on this machine)', () => {
  it('GCM_REVIEW_CHROME naming a missing file: ✗ with that message and the install command, exit 1', () => {
    const r = run(['doctor'], { env: { GCM_REVIEW_CHROME: '/nonexistent' } });
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ Browser: GCM_REVIEW_CHROME is set to /nonexistent, but no executable is there.');
    expect(r.out).toContain(INSTALL_HINT.split('\n')[1]!.trim());
    expect(r.out).toMatch(/Not ready/);
    expect(r.out).not.toMatch(/\u001b\[/); // not a terminal: no colour
  });

  it('PATH emptied of browsers: only a browser outside PATH can be found, never one from PATH', () => {
    const bin = mkdtempSync(join(tmpdir(), 'gcm-nobrowser-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const r = run(['doctor', '--json'], {
      env: { PATH: bin, GCM_REVIEW_CHROME: undefined, PUPPETEER_EXECUTABLE_PATH: undefined },
    });
    const report = JSON.parse(r.out) as DoctorReport;
    const browser = report.checks.find((c) => c.id === 'browser')!;
    if (browser.status === 'fail') {
      // no browser in the usual places either: the install command, exit 1
      expect(browser.hint).toBe(INSTALL_HINT);
      expect(r.code).toBe(1);
    } else {
      // Debian's chromium-headless-shell binary lives outside PATH and is still found
      expect(browser.data?.['source']).toBe('Debian default location');
      expect(String(browser.data?.['path'])).toBe('/usr/lib/chromium/chromium-headless-shell');
    }
    expect(String(browser.data?.['source'] ?? '')).not.toMatch(/^PATH/);
    // fonts are still checked: fc-list is looked for in the system folders too
    expect(report.checks.find((c) => c.id === 'fonts-latin')!.status).not.toBe('warn');
    rmSync(bin, { recursive: true, force: true });
  });

  it('on this machine (which the render tests need anyway) the browser starts headless: exit 0', () => {
    const r = run(['doctor', '--json']);
    const report = JSON.parse(r.out) as DoctorReport;
    const launch = report.checks.find((c) => c.id === 'browser-launch')!;
    expect(launch.status, JSON.stringify(launch)).toBe('pass');
    expect(String(launch.data?.['version'])).toMatch(/Chrom/);
    expect(r.code).toBe(report.ok ? 0 : 1);
    expect(r.err).toBe('');
  });

  it('FORCE_COLOR colours the marks, NO_COLOR keeps them plain', () => {
    const env = { GCM_REVIEW_CHROME: '/nonexistent' };
    const forced = run(['doctor'], { env: { ...env, FORCE_COLOR: '1' } });
    expect(forced.out).toContain('\u001b[31m✗\u001b[39m');
    const none = run(['doctor'], { env: { ...env, NO_COLOR: '1' } });
    expect(none.out).not.toMatch(/\u001b\[/);
  });
});
