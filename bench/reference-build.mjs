// Builds bench/reference-app/ (the start-up reference: a minimal React page)
// with the app's own toolchain — Vite + @vitejs/plugin-react, the same target
// and CSP-friendly settings as renderer/vite.config.mts — into the folder given
// as the first argument. Plain Node ESM: Vite 8 does not load under tsx's CJS mode.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node bench/reference-build.mjs OUT_DIR');
  process.exit(64);
}
await build({
  configFile: false,
  root: path.join(path.dirname(fileURLToPath(import.meta.url)), 'reference-app'),
  base: '/',
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: path.resolve(outDir),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
  },
});
