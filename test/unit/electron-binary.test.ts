import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronRequired, findElectronBinary, macAppExecutable } from '../e2e/electron/electron-binary';

describe('the Electron e2e suite finds its binary', () => {
  it('a macOS .app bundle given as SSO_ELECTRON_APP means the executable in Contents/MacOS', () => {
    expect(macAppExecutable('/r/release/test-build/mac-arm64/SSO Setup Assistant.app/')).toBe(
      '/r/release/test-build/mac-arm64/SSO Setup Assistant.app/Contents/MacOS/SSO Setup Assistant',
    );
    expect(macAppExecutable('/r/linux-unpacked/sso-setup-assistant')).toBe('/r/linux-unpacked/sso-setup-assistant');
  });

  it('launches the bundle’s executable, and says so when the bundle has none', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sso-app-bundle-'));
    try {
      const bundle = path.join(dir, 'SSO Setup Assistant.app');
      const found = findElectronBinary('/repo', { SSO_ELECTRON_APP: bundle });
      expect(found).toEqual({ ok: false, reason: expect.stringContaining('Contents/MacOS/SSO Setup Assistant') });
      fs.mkdirSync(path.join(bundle, 'Contents', 'MacOS'), { recursive: true });
      fs.writeFileSync(path.join(bundle, 'Contents', 'MacOS', 'SSO Setup Assistant'), '');
      expect(findElectronBinary('/repo', { SSO_ELECTRON_APP: bundle })).toEqual({
        ok: true,
        executablePath: path.join(bundle, 'Contents', 'MacOS', 'SSO Setup Assistant'),
        appArgs: [],
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('SSO_REQUIRE_ELECTRON=1 (and only that) turns the skip into a failure', () => {
    expect(electronRequired({ SSO_REQUIRE_ELECTRON: '1' })).toBe(true);
    expect(electronRequired({})).toBe(false);
    expect(electronRequired({ SSO_REQUIRE_ELECTRON: '0' })).toBe(false);
  });
});
