/**
 * What-ifs for the start-up figure: the same app with its browser-mode preload
 * (dist/browser/preload.js, a parser-blocking script in <head>) built
 * differently, into a temp copy of dist/ (the renderer is linked, not copied),
 * so the project's build is untouched:
 * - minified: the same code, minified by esbuild;
 * - without zod: minified, and the contract replaced by the only values the
 *   preload uses at run time (API_GLOBAL and the call names), so zod and the
 *   schemas are not parsed and run before the app's own bundle.
 * Together they tell how much of the start-up gap the preload accounts for.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { API_GLOBAL, callNames } from '../preload/contract';

export type PreloadVariant = 'minified' | 'without-zod';

/** Stands in for preload/contract.ts: the run-time values the preload reads, nothing else. */
function contractStub(): Plugin {
  const source =
    `export const API_GLOBAL = ${JSON.stringify(API_GLOBAL)};\n` +
    `export const calls = ${JSON.stringify(Object.fromEntries(callNames.map((n) => [n, true])))};\n`;
  return {
    name: 'contract-stub',
    setup(b) {
      b.onResolve({ filter: /\/contract$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path), namespace: 'contract-stub' }));
      b.onLoad({ filter: /.*/, namespace: 'contract-stub' }, () => ({ contents: source, loader: 'ts' }));
    },
  };
}

export async function buildPreloadVariantDist(distDir: string, outDir: string, variant: PreloadVariant): Promise<string> {
  const root = path.resolve(__dirname, '..');
  fs.mkdirSync(path.join(outDir, 'browser'), { recursive: true });
  fs.symlinkSync(path.resolve(distDir, 'renderer'), path.join(outDir, 'renderer'), 'dir');
  await build({
    bundle: true,
    minify: true,
    platform: 'browser',
    target: 'chrome120',
    format: 'iife',
    logLevel: 'warning',
    absWorkingDir: root,
    entryPoints: ['preload/browser.ts'],
    outfile: path.join(outDir, 'browser', 'preload.js'),
    plugins: variant === 'without-zod' ? [contractStub()] : [],
  });
  return outDir;
}
