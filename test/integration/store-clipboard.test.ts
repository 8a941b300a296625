/**
 * Browser mode's clipboard adapter on a REAL X11 clipboard (a private Xvfb
 * display, xclip), and copy-secret's clearing on top of it. Skips, saying why,
 * where Xvfb or xclip are missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemClipboard } from '../../main/browser/system-clipboard';
import { createSecretClipboard } from '../../main/core/secrets/secret-clipboard';
import { DiagnosisError } from '../../common/diagnosis';

const has = (bin: string) => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;
const canRun = process.platform === 'linux' && has('Xvfb') && has('xclip');
if (!canRun) console.log('SKIPPED X11 clipboard tests: needs Linux with Xvfb and xclip (sudo apt install xvfb xclip).');

let xvfb: ChildProcess | undefined;
let display = '';

beforeAll(async () => {
  if (!canRun) return;
  let n = 200 + Math.floor(Math.random() * 500);
  while (fs.existsSync(`/tmp/.X11-unix/X${n}`) || fs.existsSync(`/tmp/.X${n}-lock`)) n++;
  display = `:${n}`;
  xvfb = spawn('Xvfb', [display, '-nolisten', 'tcp'], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !fs.existsSync(`/tmp/.X11-unix/X${n}`); i++) await new Promise((r) => setTimeout(r, 50));
});

afterAll(() => {
  // xclip processes serving the selection end with the display.
  xvfb?.kill('SIGTERM');
});

describe.skipIf(!canRun)('system clipboard (X11, xclip)', () => {
  const env = () => ({ PATH: process.env.PATH, DISPLAY: display });

  it('writes and reads text, the secret going through stdin and never onto a command line', async () => {
    const clipboard = createSystemClipboard(env(), 'linux');
    const secret = `clip-${randomUUID()}-ü`;
    await clipboard.writeText(secret);
    expect(await clipboard.readText()).toBe(secret);
    // xclip stays running to serve the selection: its command line must not hold the secret.
    const cmdlines = fs
      .readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .map((p) => {
        try {
          return fs.readFileSync(`/proc/${p}/cmdline`, 'utf8');
        } catch {
          return '';
        }
      });
    expect(cmdlines.some((c) => c.includes('xclip'))).toBe(true);
    expect(cmdlines.filter((c) => c.includes(secret))).toEqual([]);
  });

  it('copy-secret clears the clipboard after the delay only if it still holds the secret', async () => {
    const clipboard = createSystemClipboard(env(), 'linux');
    const copier = createSecretClipboard(clipboard, 300);
    const secret = `clip-${randomUUID()}`;
    expect(await copier.copy(secret)).toEqual({ clearsAfterMs: 300 });
    expect(await clipboard.readText()).toBe(secret);
    await new Promise((r) => setTimeout(r, 800));
    expect(await clipboard.readText()).toBe('');

    await copier.copy(secret);
    await clipboard.writeText('the admin copied something else');
    await new Promise((r) => setTimeout(r, 800));
    expect(await clipboard.readText()).toBe('the admin copied something else');

    await copier.copy(secret);
    await copier.close();
    expect(await clipboard.readText()).toBe('');
  });
});

describe('the clear-after promise', () => {
  it('says so when it could not be kept: the clipboard was gone at clear time', async () => {
    let reachable = true;
    let held = '';
    const flaky = {
      writeText: async (t: string) => {
        if (!reachable) throw new Error('xclip: cannot open display');
        held = t;
      },
      readText: async () => {
        if (!reachable) throw new Error('xclip: cannot open display');
        return held;
      },
    };
    const problems: string[] = [];
    const copier = createSecretClipboard(flaky, 100, (d) => problems.push(d.code));
    await copier.copy(`clip-${randomUUID()}`);
    reachable = false;
    await new Promise((r) => setTimeout(r, 400));
    expect(problems).toEqual(['CLIPBOARD_NOT_CLEARED']);
  });
});

describe('no clipboard tool', () => {
  it('gives CLIPBOARD_UNAVAILABLE saying what it looked for', async () => {
    const clipboard = createSystemClipboard({ PATH: '/nonexistent' }, 'linux');
    const err = await clipboard.writeText('x').then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DiagnosisError);
    const d = (err as DiagnosisError).diagnosis;
    expect(d.code).toBe('CLIPBOARD_UNAVAILABLE');
    expect(d.evidence.looked_for).toMatch(/xclip/);
    expect(d.evidence.display).toBe('none');
    expect(d.fix.join(' ')).toMatch(/apt install/);
  });
});
