/**
 * Static scan of the Electron app with Doyensec's Electronegativity, offline
 * (the check that downloads Electron's release list is left out), over the
 * sources and the bundles the build makes. Every finding must be justified
 * inline (test/unit/electronegativity/justification.ts says how); the table of
 * findings is printed either way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { justificationFor, justificationsIn } from './electronegativity/justification';
import { EXCLUDED_CHECKS, ROOT, findingsTable, scanApp, scanFolder, type Finding, type RunOutput } from './electronegativity/scan';

describe('Electronegativity over the Electron app', () => {
  let run: RunOutput;
  let findings: Finding[];
  let stagedFiles: string[];

  beforeAll(async () => {
    ({ run, findings, stagedFiles } = await scanApp());
    const open = findings.filter((f) => !f.justified).length;
    console.log(
      `electronegativity: ${run.checks.atomic} atomic + ${run.checks.global} global checks (excluded: ${EXCLUDED_CHECKS.join(', ')}), ` +
        `${stagedFiles.length} files, ${findings.length} findings, ${findings.length - open} justified inline, ${open} open\n` +
        (findings.length ? findingsTable(findings) : '(no findings)'),
    );
  }, 180_000);

  it('scanned what ships: the shell, the preload, the renderer page and both bundles', () => {
    for (const file of [
      'main/electron/main-window.ts',
      'main/electron/auth-window.ts',
      'main/electron/ipc.ts',
      'preload/electron.ts',
      'renderer/index.html',
      'bundles/electron-main.js',
      'bundles/electron-preload.js',
    ]) {
      expect(stagedFiles).toContain(file);
    }
    // A parse error would silently skip a file's checks.
    expect(run.errors.filter((e) => !e.tolerable)).toEqual([]);
  });

  it('stayed offline (the translation download was refused, nothing else was tried)', () => {
    expect(run.refusedFetches).toBeLessThanOrEqual(1);
  });

  it('has no finding that is not justified inline', () => {
    const open = findings.filter((f) => !f.justified).map((f) => `${f.id} at ${f.file}:${f.line} — ${f.note}`);
    expect(open).toEqual([]);
  });

  it('finds no global gap (CSP, navigation limits, permission handler are all detected)', () => {
    expect(findings.filter((f) => f.file === 'N/A')).toEqual([]);
  });

  it("uses no scanner-native `eng-disable` comment (they hide a finding without a reason)", () => {
    const offenders: string[] = [];
    for (const file of stagedFiles.filter((f) => !f.startsWith('bundles/'))) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      if (/eng-disable/.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});

describe('the scan can fail', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sso-electronegativity-bad-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const windowWith = (comment: string) =>
    [
      "import { BrowserWindow } from 'electron';",
      comment,
      'export const win = new BrowserWindow({ webPreferences: { nodeIntegration: true } });',
      '',
    ].join('\n');

  async function nodeIntegrationFindings(source: string): Promise<Finding[]> {
    writeFileSync(path.join(dir, 'bad-window.ts'), source);
    const { findings } = await scanFolder(dir);
    return findings.filter((f) => f.id === 'NODE_INTEGRATION_JS_CHECK');
  }

  it('flags `nodeIntegration: true` and leaves it open without a justification', async () => {
    const found = await nodeIntegrationFindings(windowWith('// a window'));
    console.log(`the scan can fail — a temp file with nodeIntegration: true:\n${findingsTable(found)}`);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => !f.justified)).toBe(true);
  }, 60_000);

  it('does not accept a justification without a reason, or for another check', async () => {
    const noReason = await nodeIntegrationFindings(windowWith('// electronegativity-ignore: NODE_INTEGRATION_JS_CHECK — fine'));
    expect(noReason.length).toBeGreaterThan(0);
    expect(noReason.every((f) => !f.justified)).toBe(true);
    const otherCheck = await nodeIntegrationFindings(
      windowWith('// electronegativity-ignore: SANDBOX_JS_CHECK — this window only ever shows our own bundled local page'),
    );
    expect(otherCheck.every((f) => !f.justified)).toBe(true);
  }, 60_000);

  it('accepts a justification with a reason on the line above', async () => {
    const found = await nodeIntegrationFindings(
      windowWith('// electronegativity-ignore: NODE_INTEGRATION_JS_CHECK — this window only ever shows our own bundled local page'),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.justified)).toBe(true);
  }, 60_000);
});

describe('justification comments (parser)', () => {
  it('reads a reason that goes on over the comment block, in TS and HTML', () => {
    const ts = [
      '// electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — the only call,',
      '// reached only by allow-listed https URLs.',
      'await shell.openExternal(url);',
    ].join('\n');
    expect(justificationsIn(ts.split('\n').slice(0, 2).join('\n'))[0]).toMatchObject({
      checkId: 'OPEN_EXTERNAL_JS_CHECK',
      reason: 'the only call, reached only by allow-listed https URLs.',
    });
    expect(justificationFor(ts, 'OPEN_EXTERNAL_JS_CHECK', 3)).toMatchObject({ ok: true });
    const html = ['<!-- electronegativity-ignore: CSP_GLOBAL_CHECK — the origin serves only our own built bundle files -->', '<meta', '/>'].join('\n');
    expect(justificationFor(html, 'CSP_GLOBAL_CHECK', 2)).toMatchObject({ ok: true });
    const htmlBlock = ['<!-- electronegativity-ignore: CSP_GLOBAL_CHECK — the origin serves', '     only our own built bundle files', '     and nothing else -->', '<meta'].join('\n');
    expect(justificationFor(htmlBlock, 'CSP_GLOBAL_CHECK', 4)).toMatchObject({ ok: true, reason: 'the origin serves only our own built bundle files and nothing else' });
  });

  it('does not reach over code: the comment must touch the flagged line', () => {
    const ts = ['// electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — the only call, reached only by allow-listed URLs', 'const x = 1;', 'await shell.openExternal(url);'].join('\n');
    expect(justificationFor(ts, 'OPEN_EXTERNAL_JS_CHECK', 3)).toMatchObject({ ok: false });
    expect(justificationFor(ts, 'OPEN_EXTERNAL_JS_CHECK', 0)).toMatchObject({ ok: false });
  });
});
