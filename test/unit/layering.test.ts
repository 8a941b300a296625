/**
 * The layers, checked on the import graph esbuild resolves (so an indirect
 * import counts), from every entry point:
 *   renderer, preloads -> common <- main/core <- shells (main/electron, main/browser)
 * - common imports nothing of the app but itself;
 * - main/core never imports a shell, the renderer or a preload, nor electron;
 * - the renderer imports only common, React and zustand;
 * - the preloads carry no zod and no catalogue text (they load before the app).
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

interface Graph {
  /** Project files in the bundle, relative to the root. */
  inputs: string[];
  /** npm packages and Node built-ins left external. */
  externals: string[];
  text: string;
}

async function graph(entries: string[], platform: 'node' | 'browser', options: { bundlePackages?: boolean } = {}): Promise<Graph> {
  const result = await build({
    entryPoints: entries,
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform,
    outdir: 'out',
    ...(options.bundlePackages ? { external: ['electron'] } : { packages: 'external' as const }),
    jsx: 'automatic',
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  // A type-only import is dropped unresolved and listed as an "external" relative path: not a dependency.
  const externals = Object.values(result.metafile.inputs).flatMap((i) =>
    i.imports.filter((imp) => imp.external && !imp.path.startsWith('.')).map((imp) => imp.path),
  );
  return { inputs, externals: [...new Set(externals)], text: result.outputFiles.map((f) => f.text).join('\n') };
}

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [rel] : [];
  });
}

const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
// package.json: the app's name and version, inlined at build time (main/core/app/app-info.ts).
const outside = (inputs: string[], ...allowed: string[]) =>
  inputs.filter((i) => !i.includes('node_modules/') && i !== 'package.json' && !allowed.some((a) => i.startsWith(a)));

describe('layering', () => {
  it('common imports nothing of the app but itself, and no Node or Electron module', async () => {
    const { inputs, externals } = await graph(sources('common'), 'browser');
    expect(inputs.length).toBeGreaterThan(10);
    expect(outside(inputs, 'common/')).toEqual([]);
    expect(externals.map(packageName).filter((p) => p !== 'zod')).toEqual([]);
  });

  it('main/core never imports a shell, the renderer, a preload or electron', async () => {
    const { inputs, externals } = await graph(sources('main/core'), 'node');
    expect(inputs.filter((i) => i.startsWith('main/core/')).length).toBeGreaterThan(30);
    expect(outside(inputs, 'main/core/', 'common/')).toEqual([]);
    expect(externals).not.toContain('electron');
  });

  it('browser mode (and all of main/core it uses) never imports electron or the Electron shell', async () => {
    const { inputs, externals } = await graph(['main/browser/start.ts'], 'node');
    expect(inputs.some((i) => i.startsWith('main/core/'))).toBe(true);
    expect(outside(inputs, 'main/browser/', 'main/core/', 'common/')).toEqual([]);
    expect(externals).not.toContain('electron');
  });

  it('the Electron shell reaches main/core and common, never browser mode, the renderer or a preload', async () => {
    const { inputs, externals } = await graph(['main/electron/main.ts'], 'node');
    expect(outside(inputs, 'main/electron/', 'main/core/', 'common/')).toEqual([]);
    // The check is not vacuous: the shell does import electron.
    expect(externals).toContain('electron');
  });

  it('the renderer imports only common, React and zustand', async () => {
    const { inputs, externals } = await graph(['renderer/src/main.tsx'], 'browser', { bundlePackages: true });
    expect(inputs.some((i) => i.startsWith('renderer/src/'))).toBe(true);
    expect(outside(inputs, 'renderer/src/', 'common/')).toEqual([]);
    // React's own dependency (scheduler) and zod (the contract's schemas, until the renderer needs none) come along.
    const allowed = new Set(['react', 'react-dom', 'scheduler', 'zustand', 'zod']);
    const packages = [...new Set(inputs.filter((i) => i.includes('node_modules/')).map((i) => packageName(i.slice(i.lastIndexOf('node_modules/') + 'node_modules/'.length))))];
    expect(packages.filter((p) => !allowed.has(p))).toEqual([]);
    expect(externals).toEqual([]);
  });

  for (const entry of ['preload/browser.ts', 'preload/electron.ts']) {
    it(`${entry} stays a thin bridge: no zod, no Node module, no catalogue`, async () => {
      const { inputs, externals, text } = await graph([entry], 'browser', { bundlePackages: true });
      // No npm package bundled in (zod included): common/contract-names.ts carries what they need.
      expect(inputs.filter((i) => i.includes('node_modules/'))).toEqual([]);
      expect(outside(inputs, 'preload/', 'common/')).toEqual([]);
      expect(inputs.filter((i) => i.startsWith('common/diagnoses/') && !/bridge-codes|build-diagnosis|catalogue-entry/.test(i))).toEqual([]);
      expect(externals.filter((e) => e !== 'electron')).toEqual([]);
      // Catalogue text that is not one of the bridge's four codes must not be there.
      expect(text).not.toContain('USER_NOT_ASSIGNED');
      expect(text).not.toContain('KEYCHAIN_LOCKED');
      expect(text).toContain('BRIDGE_UNREACHABLE');
    });
  }
});
