/**
 * Bundles the renderer (React + zustand) into dist/renderer.
 *
 * The page runs under a strict CSP (no inline scripts or styles), so: no
 * module-preload polyfill (it is an inline script), CSS only in emitted files.
 * scripts/build.mjs runs `vite build --config renderer/vite.config.mts`.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: resolve(here, '../dist/renderer'),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    // Keep assets as files; the CSP allows data: images only, never data: scripts or styles.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
  },
});
