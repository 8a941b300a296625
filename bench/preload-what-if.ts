/**
 * A what-if for the start-up figure: the same app with its browser-mode
 * preload (dist/browser/preload.js, a parser-blocking script in <head>)
 * minified by esbuild. Built into a temp copy of dist/ (the renderer is linked,
 * not copied), so the project's build is untouched. Tells how much of the
 * start-up gap the preload alone accounts for.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export async function buildMinifiedPreloadDist(distDir: string, outDir: string): Promise<string> {
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
  });
  return outDir;
}
