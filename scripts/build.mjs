// Builds everything the app runs from, into dist/:
//   dist/renderer/          the UI (Vite)
//   dist/browser/start.cjs  browser mode (Node), dist/browser/preload.js its preload
//   dist/electron/main.cjs  the Electron shell, dist/electron/preload.cjs its preload
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const quiet = process.argv.includes('--quiet');

rmSync(dist, { recursive: true, force: true });

await viteBuild({ configFile: path.join(root, 'renderer/vite.config.mts'), logLevel: quiet ? 'warn' : 'info' });

const node = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', absWorkingDir: root };

// Browser mode runs from the project's node_modules: npm packages stay external.
await esbuild({ ...node, entryPoints: ['main/browser/start.ts'], outfile: 'dist/browser/start.cjs', packages: 'external' });
// The preloads load before the app: kept small (no zod, see common/contract-names.ts) and minified.
await esbuild({ bundle: true, minify: true, platform: 'browser', target: 'chrome120', format: 'iife', logLevel: 'warning', absWorkingDir: root, entryPoints: ['preload/browser.ts'], outfile: 'dist/browser/preload.js' });

// Electron: the main process bundles its dependencies (keytar is native, electron is the host).
if (existsSync(path.join(root, 'main/electron/main.ts'))) {
  await esbuild({ ...node, entryPoints: ['main/electron/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', 'keytar', 'playwright-core'] });
  // A sandboxed preload may only require('electron'): everything else is bundled in.
  await esbuild({ ...node, minify: true, sourcemap: false, entryPoints: ['preload/electron.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] });
}
if (!quiet) console.log('Built dist/ (renderer, browser mode, electron shell)');
