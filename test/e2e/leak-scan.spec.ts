/**
 * Leak scan. A whole session through the UI in browser mode, against the
 * Okta-like IdP (recording what it issues): save a configuration with its
 * secret, check the issuer, test login as alice (a real sign-in in the app's
 * login window), history and its evidence report (PDF, HTML), export, delete.
 * Then every place a secret could end up is searched for the client secret,
 * the authorization code, the access token and the ID token (whole, and its
 * signature alone):
 *
 * - every file under the data folder (before and after the delete), the export,
 *   and the evidence report exported from the history (the PDF's text via pdftotext, the HTML);
 * - logs: everything the main side wrote to stdout/stderr, and every console
 *   message of the app page and the login window;
 * - the renderer: its DOM (page.content() after each step, plus the live values
 *   of every input), localStorage, sessionStorage, IndexedDB names, cookies;
 * - every bridge answer (each /api/call/ response body) and every event on
 *   /api/events (a second subscriber receives the same broadcast);
 * - the test's Chromium profile folder on disk (the login window's context is in memory).
 *
 * Zero hits anywhere; the counts per place are printed.
 */
import { test, expect, type Page, type Request, type Response } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startOktaLikeIdp, type OktaLikeIdp } from '../fixtures/okta-idp';
import { launchTestApp, type TestApp } from './app';
import { createConfigThroughStep2, fillCredentials, stepLink, testResult } from './screens';

let t: TestApp | undefined;
let idp: OktaLikeIdp | undefined;

test.afterEach(async () => {
  await t?.close();
  await idp?.close();
});

/** Every regular file under `dir` (recursively), with its bytes as text. */
function readTree(dir: string): { file: string; text: string }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .map((file) => ({ file, text: fs.readFileSync(file).toString('latin1') }));
}

/** Follows the bridge's event stream from Node (Bearer token from the launch URL), keeping every frame. */
function subscribeToEvents(launchUrl: string): { frames: string[]; close(): void } {
  const url = new URL(launchUrl);
  const frames: string[] = [];
  const req = http.get(
    { host: url.hostname, port: url.port, path: '/api/events', headers: { Host: url.host, Authorization: `Bearer ${url.searchParams.get('token')}` } },
    (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => frames.push(chunk));
    },
  );
  req.on('error', () => undefined); // ends with the app
  return { frames, close: () => req.destroy() };
}

/** Captures what this process (where the app's main side runs) writes to stdout and stderr. */
function captureProcessOutput(): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const tap = (original: typeof out) =>
    ((chunk: unknown, ...rest: unknown[]) => {
      lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof out;
  process.stdout.write = tap(out);
  process.stderr.write = tap(err);
  return {
    lines,
    restore() {
      process.stdout.write = out;
      process.stderr.write = err;
    },
  };
}

/** The renderer's DOM as HTML plus the live value of every form field (values are not attributes). */
async function domSnapshot(page: Page): Promise<string> {
  const html = await page.content();
  const values = await page.evaluate(() =>
    [...document.querySelectorAll('input, textarea, select')].map((e) => (e as HTMLInputElement).value).join('\n'),
  );
  return `${html}\n${values}`;
}

async function storageSnapshot(page: Page): Promise<Record<string, string>> {
  const inPage = await page.evaluate(async () => {
    const dump = (s: Storage) => JSON.stringify(Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i)!)])));
    const dbs = 'databases' in indexedDB ? await indexedDB.databases() : [];
    return { localStorage: dump(localStorage), sessionStorage: dump(sessionStorage), indexedDB: JSON.stringify(dbs.map((d) => d.name)) };
  });
  return { ...inPage, cookies: JSON.stringify(await page.context().cookies()) };
}

/** Chromium's profile folder(s) for browsers this process started (from the command lines of its descendants). */
function chromiumProfilesOfThisProcess(): string[] {
  const procs: { pid: number; ppid: number; cmdline: string }[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      // Chromium rewrites its helpers' titles into one space-separated string: read the whole line.
      procs.push({ pid: Number(entry), ppid, cmdline: fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ') });
    } catch {
      // gone
    }
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) if (mine.has(p.ppid) && !mine.has(p.pid)) (mine.add(p.pid), (grew = true));
  }
  const dirs = new Set<string>();
  for (const p of procs) {
    if (!mine.has(p.pid)) continue;
    for (const m of p.cmdline.matchAll(/--user-data-dir=(\S+)/g)) dirs.add(m[1]!);
  }
  return [...dirs];
}

test('leak scan: no secret, code or token anywhere after a whole session', async ({ browser }) => {
  test.setTimeout(120_000);
  const output = captureProcessOutput();
  try {
    idp = await startOktaLikeIdp({ recordIssued: true });
    t = await launchTestApp(browser);
    const { page } = t;
    const events = subscribeToEvents(t.app.launchUrl);

    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(m.text()));
    page.on('pageerror', (e) => consoleLines.push(String(e)));
    const secretRequests: string[] = [];
    page.on('request', (r: Request) => {
      if (new URL(r.url()).pathname === '/api/call/setSecret') secretRequests.push(r.postData() ?? '');
    });
    process.stderr.write('leak-scan: output capture is on\n');
    const bridgeBodies: string[] = [];
    const pendingBodies: Promise<void>[] = [];
    page.on('response', (r: Response) => {
      if (!new URL(r.url()).pathname.startsWith('/api/call/')) return;
      pendingBodies.push(
        r.text().then(
          (body) => void bridgeBodies.push(`${r.url()}\n${body}`),
          () => void bridgeBodies.push(`${r.url()}\n<no body>`),
        ),
      );
    });
    const doms: string[] = [];
    const snapshot = async () => void doms.push(await domSnapshot(page));

    // 1. Save a configuration with its secret.
    const configId = await createConfigThroughStep2(page);
    await fillCredentials(page, idp, 'hub');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('A client secret is stored in the keychain')).toBeVisible();
    await snapshot();

    // 2. Issuer check.
    await page.getByRole('button', { name: 'Check issuer' }).click();
    await expect(page.getByRole('status', { name: 'Issuer check' })).toContainText('Issuer check passed', { timeout: 20_000 });
    await snapshot();

    // 3. Test login: sign in as alice in the app's login window, watching it for the code.
    const codesSeen = new Set<string>();
    const noteCode = (raw: string | null | undefined) => {
      if (!raw) return;
      try {
        const code = new URL(raw, 'http://x').searchParams.get('code');
        if (code) codesSeen.add(code);
      } catch {
        // not a URL
      }
    };
    const loginPage = t.nextLoginPage();
    await page.getByRole('button', { name: 'Test login' }).click();
    const login = await loginPage;
    login.on('console', (m) => consoleLines.push(`[login] ${m.text()}`));
    login.on('request', (r: Request) => noteCode(r.url()));
    login.on('response', (r: Response) => noteCode(r.headers()['location']));
    await login.getByLabel('Username').fill(idp.users.alice.username);
    await login.getByLabel('Password').fill(idp.users.alice.password);
    await login.getByRole('button', { name: 'Sign In' }).click();
    await expect(testResult(page)).toContainText('Test succeeded', { timeout: 30_000 });
    await expect(testResult(page)).toContainText('alice@acme.example');
    await expect(stepLink(page, 3)).not.toContainText('not done');
    await snapshot();

    // 4. History, and the evidence report exported from it (PDF and HTML, the tested user's claims in full).
    await page.goto(`${t.app.origin}/#/config/${configId}/history`);
    await expect(page.getByRole('heading', { level: 1, name: /Test history/ })).toBeVisible();
    await expect(page.getByRole('article').first()).toContainText('Passed');
    await snapshot();
    const reportSection = page.getByRole('region', { name: 'Evidence report' });
    await reportSection.getByRole('radio', { name: /^All/ }).check();
    const reportFiles: Record<'pdf' | 'html', string> = { pdf: '', html: '' };
    for (const format of ['pdf', 'html'] as const) {
      await reportSection.getByRole('button', { name: `Export report (${format.toUpperCase()})` }).click();
      const saved = reportSection.getByText(new RegExp(`Saved to \\S+\\.${format}$`));
      await expect(saved).toBeVisible({ timeout: 30_000 });
      reportFiles[format] = /Saved to (\S+)$/.exec((await saved.textContent()) ?? '')![1]!;
    }
    const pdfText = execFileSync('pdftotext', ['-layout', reportFiles.pdf, '-'], { encoding: 'utf8' });
    const reportHtml = fs.readFileSync(reportFiles.html, 'utf8');
    // The extraction works: the reports hold what they are about.
    expect(pdfText).toContain(idp.users.alice.email!);
    expect(reportHtml).toContain(idp.users.alice.email!);
    await snapshot();

    // 5. Export (browser mode writes it under the data folder's exports/).
    await page.getByRole('link', { name: 'All configurations' }).first().click();
    await page.getByRole('button', { name: 'Export all' }).click();
    const notice = page.getByRole('status', { name: 'Notifications' });
    await expect(notice).toContainText('Exported 1 configuration');
    const exportFile = /to (\S+\.json)/.exec((await notice.textContent()) ?? '')?.[1];
    expect(exportFile, 'the notice names the export file').toBeTruthy();
    const exportText = fs.readFileSync(exportFile!, 'utf8');
    expect(exportText).toContain(configId); // the export is real, not empty
    const dataBeforeDelete = readTree(t.dataDir);
    await snapshot();

    // 6. Delete.
    await page.getByRole('button', { name: /^Delete/ }).first().click();
    await expect(page.getByText('No configuration yet')).toBeVisible();
    // Closing the undo window makes the delete final: the trash is emptied (secret, files).
    const undoBar = page.getByRole('status', { name: 'Undo delete' });
    await undoBar.getByRole('button', { name: 'Dismiss' }).click();
    await expect(undoBar).not.toContainText('Deleted');
    await expect.poll(() => fs.readdirSync(path.join(t!.dataDir, 'trash'))).toEqual([]);
    await snapshot();

    await Promise.all(pendingBodies);
    const storage = await storageSnapshot(page);
    const dataAfterDelete = readTree(t.dataDir);
    const profiles = chromiumProfilesOfThisProcess();
    const profileFiles = profiles.flatMap((dir) => readTree(dir));
    events.close();

    // What must never appear, and proof that the scan is looking for something real.
    const issued = idp.issued!;
    expect(issued.codes.length, 'the IdP issued a code').toBeGreaterThan(0);
    expect(issued.accessTokens.length, 'the IdP issued an access token').toBeGreaterThan(0);
    expect(issued.idTokens.length, 'the IdP issued an ID token').toBeGreaterThan(0);
    expect([...codesSeen], 'the login window carried the code the IdP issued').toEqual(issued.codes);
    const needles: Record<string, string[]> = {
      'client secret': [idp.clients.hub.clientSecret],
      'authorization code': [...new Set([...issued.codes, ...codesSeen])],
      'access token': issued.accessTokens,
      'ID token': issued.idTokens,
      'ID token signature': issued.idTokens.map((jwt) => jwt.split('.')[2]!),
    };
    for (const [what, values] of Object.entries(needles)) {
      for (const v of values) expect(v.length, `${what} is long enough to search for`).toBeGreaterThanOrEqual(16);
    }

    output.restore();
    const places: Record<string, { items: number; texts: string[] }> = {
      'data folder files (before delete)': { items: dataBeforeDelete.length, texts: dataBeforeDelete.map((f) => f.text) },
      'data folder files (after delete)': { items: dataAfterDelete.length, texts: dataAfterDelete.map((f) => f.text) },
      'export file': { items: 1, texts: [exportText] },
      'evidence report (PDF text, HTML)': { items: 2, texts: [pdfText, reportHtml] },
      'main-side stdout/stderr': { items: output.lines.length, texts: output.lines },
      'console (app page + login window)': { items: consoleLines.length, texts: consoleLines },
      'renderer DOM + field values': { items: doms.length, texts: doms },
      'localStorage': { items: 1, texts: [storage.localStorage!] },
      'sessionStorage': { items: 1, texts: [storage.sessionStorage!] },
      'IndexedDB names': { items: 1, texts: [storage.indexedDB!] },
      'cookies': { items: 1, texts: [storage.cookies!] },
      'bridge answers (/api/call/*)': { items: bridgeBodies.length, texts: bridgeBodies },
      'event stream (/api/events)': { items: events.frames.length, texts: events.frames },
      'Chromium profile files on disk': { items: profileFiles.length, texts: profileFiles.map((f) => f.text) },
    };
    const rows: string[] = [];
    const hits: string[] = [];
    for (const [place, { items, texts }] of Object.entries(places)) {
      let count = 0;
      for (const [what, values] of Object.entries(needles)) {
        for (const text of texts) {
          for (const v of values) {
            if (text.includes(v)) {
              count += 1;
              hits.push(`${what} in ${place}`);
            }
          }
        }
      }
      rows.push(`${place.padEnd(36)} ${String(items).padStart(5)} items scanned   ${count} hits`);
    }
    console.log(
      `leak scan: searched for 1 client secret, ${needles['authorization code']!.length} code(s), ${issued.accessTokens.length} access token(s), ` +
        `${issued.idTokens.length} ID token(s) (+ signature)\n${rows.join('\n')}\ntotal hits: ${hits.length}`,
    );
    // The scan must see the things it claims to have searched, and find a secret where one is meant to be:
    // the one request that carries it in (setSecret), towards the main side.
    expect(secretRequests.filter((body) => body.includes(idp!.clients.hub.clientSecret))).toHaveLength(1);
    expect(output.lines.join('')).toContain('leak-scan: output capture is on');
    expect(profiles.length, 'found the Chromium profile folder').toBeGreaterThan(0);
    expect(dataBeforeDelete.length).toBeGreaterThan(0);
    expect(bridgeBodies.length).toBeGreaterThan(10);
    expect(events.frames.join('')).toContain('testProgress');
    expect(hits).toEqual([]);
  } finally {
    output.restore();
  }
});
