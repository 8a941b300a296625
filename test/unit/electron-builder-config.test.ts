import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { PRODUCT_NAME } from '../../main/core/app/data-dir';

// electron-builder's own schema (shipped in app-builder-lib) and its own config
// loader, which resolves `extends` the way `electron-builder --config` does.
const root = path.resolve(__dirname, '../..');
const requireFromRoot = createRequire(path.join(root, 'package.json'));
const scheme = JSON.parse(readFileSync(requireFromRoot.resolve('app-builder-lib/scheme.json'), 'utf8'));
const builderConfig = requireFromRoot('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: object | null): Promise<Record<string, any>>;
  validateConfiguration(config: object, debugLogger: { isEnabled: boolean; add(k: string, v: unknown): void }): Promise<void>;
};
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const RELEASE_FILE = 'electron-builder.yml';
const TEST_BUILD_FILE = 'build/electron-builder.test-build.yml';
const releaseYaml = parse(readFileSync(path.join(root, RELEASE_FILE), 'utf8'));
const testBuildYaml = parse(readFileSync(path.join(root, TEST_BUILD_FILE), 'utf8'));

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(scheme);
const quietLogger = { isEnabled: false, add() {} };

const RELEASE_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
  loadBrowserProcessSpecificV8Snapshot: false,
};

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s JSON schema (ajv)', () => {
    const ok = validate(releaseYaml);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check is not vacuous: a wrong fuse value or an unknown key is refused', () => {
    expect(validate({ ...releaseYaml, electronFuses: { ...RELEASE_FUSES, runAsNode: 'no' } })).toBe(false);
    expect(validate({ ...releaseYaml, electronFuses: { ...RELEASE_FUSES, runAsnode: false } })).toBe(false);
    expect(validate({ ...releaseYaml, linux: { ...releaseYaml.linux, maintainers: 'x' } })).toBe(false);
  });

  it('passes electron-builder’s own loader and validator', async () => {
    const config = await builderConfig.getConfig(root, RELEASE_FILE, null);
    await expect(builderConfig.validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('names the app like package.json and the data folder', () => {
    expect(releaseYaml.appId).toBe('co.huggingface.sso-setup-assistant');
    expect(releaseYaml.productName).toBe('SSO Setup Assistant');
    expect(releaseYaml.productName).toBe(pkg.productName);
    expect(releaseYaml.productName).toBe(PRODUCT_NAME);
  });

  it('packs the built app only (no sources, no tests, no source maps) into an asar', () => {
    expect(releaseYaml.asar).toBe(true);
    const included = (releaseYaml.files as string[]).filter((f) => !f.startsWith('!'));
    expect(included).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json']);
    expect(releaseYaml.files).toContain('!**/*.map');
    expect(included.some((f) => /^(main|preload|renderer|test|scripts)\//.test(f))).toBe(false);
  });

  it('builds AppImage + deb, dmg with a hardened runtime, and nsis', () => {
    expect(releaseYaml.linux.target).toEqual(['AppImage', 'deb']);
    expect(releaseYaml.linux.category).toBe('Utility');
    expect(releaseYaml.linux.maintainer).toMatch(/.+<.+@.+>/);
    expect(releaseYaml.mac.target).toEqual(['dmg']);
    expect(releaseYaml.mac.hardenedRuntime).toBe(true);
    expect(releaseYaml.win.target).toEqual(['nsis']);
  });

  it('the deb keeps every dependency electron-builder would declare (a `depends` list replaces its defaults), plus libasound2', () => {
    const { default: FpmTarget } = requireFromRoot('app-builder-lib/out/targets/FpmTarget.js') as {
      default: { prototype: { getDefaultDepends(target: string): string[] } };
    };
    const defaults = FpmTarget.prototype.getDefaultDepends.call({}, 'deb');
    expect(defaults).toContain('libsecret-1-0');
    expect(defaults.length).toBeGreaterThan(5);
    expect(releaseYaml.deb.depends).toEqual([...defaults, 'libasound2']);
  });
});

describe('Electron fuses', () => {
  it('release builds turn every fuse to its safe setting', async () => {
    const config = await builderConfig.getConfig(root, RELEASE_FILE, null);
    expect(config.electronFuses).toEqual(RELEASE_FUSES);
  });

  it('test builds differ from release only in the --inspect fuse Playwright needs, and go elsewhere', async () => {
    expect(validate(testBuildYaml)).toBe(true);
    const config = await builderConfig.getConfig(root, TEST_BUILD_FILE, null);
    await builderConfig.validateConfiguration(config, quietLogger);
    expect(config.electronFuses).toEqual({ ...RELEASE_FUSES, enableNodeCliInspectArguments: true, resetAdHocDarwinSignature: true });
    expect(config.directories.output).toBe('release/test-build');
    // Everything else is inherited from the release file.
    expect(config.appId).toBe(releaseYaml.appId);
    expect(config.asar).toBe(true);
    const release = await builderConfig.getConfig(root, RELEASE_FILE, null);
    expect(config.files).toEqual(release.files);
    expect(config.linux).toEqual(release.linux);
    expect(config.mac).toEqual(release.mac);
  });
});
