/**
 * The openExternal allow-list, as both shells use it: the `openExternal` call
 * (browser mode hands the URL to xdg-open/open, Electron to shell.openExternal)
 * refuses everything but https links to Hugging Face, Okta and their docs, and
 * the opener never sees a refused URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isAllowedExternalUrl } from '../../main/core/app/external-links';
import { createServices, type AppServices } from '../../main/core/app/services';
import { dispatch } from '../../main/core/app/dispatch';

const ALLOWED = [
  'https://huggingface.co/organizations/acme/settings/sso',
  'https://huggingface.co/docs/hub/enterprise-sso',
  'https://acme.okta.com/admin/apps',
  'https://acme-admin.oktapreview.com/',
  'https://help.okta.com/en-us/content/topics/apps/apps_app_integration_wizard_oidc.htm',
  'https://developer.okta.com/docs/',
  // The Entra and Google profiles' consoles and documentation.
  'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
  'https://portal.azure.com/',
  'https://learn.microsoft.com/entra/identity-platform/reference-error-codes',
  'https://login.microsoftonline.com/error?code=50011',
  'https://console.cloud.google.com/auth/clients',
  'https://admin.google.com/ac/owl/list',
  'https://support.google.com/accounts/answer/12917337',
];

const REFUSED = [
  'http://huggingface.co/',
  'https://huggingface.co.evil.example/',
  'https://evil.example/?u=https://huggingface.co/',
  'https://evilhuggingface.co/',
  'https://huggingface.co:8443/',
  'https://user:pass@huggingface.co/',
  'https://okta.com.evil.example/',
  'https://a.b.okta.com/', // one label only before okta.com
  'https://entra.microsoft.com.evil.example/',
  'https://evil-console.cloud.google.com/',
  'https://google.com/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'smb://host/share',
  'ms-msdt:/id PCWDiagnostic',
  'app://sso-assistant/index.html',
  'not a url',
];

describe('external link allow-list', () => {
  it.each(ALLOWED)('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));
  it.each(REFUSED)('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('the openExternal call (both shells)', () => {
  let services: AppServices;
  let dataDir: string;
  const opened: string[] = [];

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sso-external-links-'));
    services = createServices({
      shell: 'browser',
      dataDir,
      vault: { set: async () => {}, get: async () => null, delete: async () => false, probe: async () => ({ ok: true }) },
      authWindow: { open: async () => ({ kind: 'closed' }) },
      fetch,
      clipboard: { writeText: async () => {}, readText: async () => '' },
      opener: { open: async (url) => void opened.push(url) },
      exportPicker: { choose: async () => null },
      emit: () => {},
      clock: { now: () => Date.now() },
    });
  });
  afterAll(async () => {
    await services?.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('hands allow-listed links to the opener and refuses the rest with EXTERNAL_URL_REFUSED', async () => {
    for (const url of [...ALLOWED, ...REFUSED]) {
      const answer = await dispatch(services.handlers, 'openExternal', { url });
      if (ALLOWED.includes(url)) expect(answer).toEqual({ ok: true, value: { opened: true } });
      else expect(answer.ok ? 'opened' : answer.error.code).toMatch(/^(EXTERNAL_URL_REFUSED|INVALID_INPUT)$/);
    }
    expect(opened).toEqual(ALLOWED);
  });
});
