/**
 * The layers the product depends on: everything that decides (main/core) and
 * browser mode run without Electron, and the renderer never reaches Node.
 * Checked on the import graph esbuild resolves, so an indirect import counts.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

async function externalImports(entry: string, platform: 'node' | 'browser'): Promise<{ inputs: string[]; externals: string[] }> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform,
    packages: 'external',
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const externals = Object.values(result.metafile.inputs).flatMap((i) => i.imports.filter((imp) => imp.external).map((imp) => imp.path));
  return { inputs, externals: [...new Set(externals)] };
}

describe('layering', () => {
  it('browser mode (and all of main/core it uses) never imports electron', async () => {
    const { inputs, externals } = await externalImports('main/browser/start.ts', 'node');
    expect(inputs.some((i) => i.startsWith('main/core/'))).toBe(true);
    expect(inputs.filter((i) => i.startsWith('main/electron/'))).toEqual([]);
    expect(externals).not.toContain('electron');
  });

  it('every main/core module can be loaded without electron', async () => {
    const { inputs, externals } = await externalImports('main/core/app/services.ts', 'node');
    expect(inputs.length).toBeGreaterThan(20);
    expect(externals).not.toContain('electron');
  });

  it('the preloads stay small: no zod (they run before the app; names.ts carries what they need)', async () => {
    for (const entry of ['preload/browser.ts', 'preload/electron.ts']) {
      const result = await build({ entryPoints: [entry], absWorkingDir: root, bundle: true, write: false, metafile: true, platform: 'browser', external: ['electron'], logLevel: 'silent' });
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.filter((i) => i.includes('node_modules/')), entry).toEqual([]);
    }
  });

  it('the browser-mode preload pulls in no Node module', async () => {
    const { externals } = await externalImports('preload/browser.ts', 'browser');
    expect(externals.filter((e) => e.startsWith('node:') || ['fs', 'path', 'child_process', 'electron'].includes(e))).toEqual([]);
  });

  it('the check is not vacuous: the Electron shell does import electron', async () => {
    const { externals } = await externalImports('main/electron/main.ts', 'node');
    expect(externals).toContain('electron');
  });
});
