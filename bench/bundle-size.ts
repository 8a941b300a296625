/**
 * The renderer's weight: every JS and CSS file Vite emitted into
 * dist/renderer/assets, raw and gzipped (zlib, level 9, like a server would
 * send them), next to the minimal reference page built by the same toolchain.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { kb } from './stats';
import type { SectionResult } from './report';

export interface AssetSizes {
  files: { name: string; raw: number; gzip: number }[];
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
}

export function measureAssets(assetsDir: string): AssetSizes {
  const out: AssetSizes = { files: [], js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  for (const name of fs.readdirSync(assetsDir).sort()) {
    const ext = path.extname(name);
    if (ext !== '.js' && ext !== '.css') continue;
    const data = fs.readFileSync(path.join(assetsDir, name));
    const raw = data.length;
    const gzip = zlib.gzipSync(data, { level: 9 }).length;
    out.files.push({ name, raw, gzip });
    const bucket = ext === '.js' ? out.js : out.css;
    bucket.raw += raw;
    bucket.gzip += gzip;
  }
  return out;
}

const JS_TARGET_GZIP = 250 * 1024;
/** Issue 15: the JS the first screen (home) needs; later screens may load lazily. */
const FIRST_SCREEN_TARGET_GZIP = 90 * 1024;

/**
 * The JS the page loads before its first screen: the module scripts and
 * modulepreload links in index.html (Vite puts every static import there or
 * in the entry chunk); chunks reached only by import() load later.
 */
export function firstScreenJs(rendererDir: string, assets: AssetSizes): { raw: number; gzip: number; files: string[] } {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const referenced = new Set(
    [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!),
  );
  const files = assets.files.filter((f) => referenced.has(f.name));
  return { raw: files.reduce((n, f) => n + f.raw, 0), gzip: files.reduce((n, f) => n + f.gzip, 0), files: files.map((f) => f.name) };
}

function fileSize(file: string): { raw: number; gzip: number } {
  const data = fs.readFileSync(file);
  return { raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
}

/** `preloadFile`: browser mode's preload, which the page also loads (deferred, run before the renderer). */
export function bundleSizeSection(appAssetsDir: string, referenceAssetsDir: string | null, preloadFile: string): SectionResult {
  const app = measureAssets(appAssetsDir);
  const ref = referenceAssetsDir ? measureAssets(referenceAssetsDir) : null;
  const first = firstScreenJs(path.dirname(appAssetsDir), app);
  const preload = fs.existsSync(preloadFile) ? fileSize(preloadFile) : null;
  const both = (s: { raw: number; gzip: number }) => `${kb(s.raw)} raw, ${kb(s.gzip)} gz`;
  const notes = [`Reference = the minimal React page (bench/reference-app/) built by the same Vite + plugin-react; React alone is most of its JS.`];
  if (preload) {
    notes.push(
      `Browser mode's page also loads dist/browser/preload.js (a deferred <script> in <head>, run before the renderer's module script): ${both(preload)}. ` +
        `With it the page's JS is ${kb(app.js.gzip + preload.gzip)} gz. Electron's preload is a separate, local file.`,
    );
  }
  return {
    id: 'bundleSize',
    title: 'Renderer bundle size (dist/renderer/assets)',
    rows: [
      {
        figure: 'JS',
        value: both(app.js),
        reference: ref ? both(ref.js) : undefined,
        ratio: ref ? `+${kb(app.js.gzip - ref.js.gzip)} gz` : undefined,
        target: '< 250 KB gz',
        met: app.js.gzip < JS_TARGET_GZIP,
      },
      {
        figure: 'JS on the first screen (index.html\'s scripts; the setup steps and history load when opened)',
        value: `${kb(first.raw)} raw, ${kb(first.gzip)} gz`,
        reference: ref ? both(ref.js) : undefined,
        ratio: ref ? `+${kb(first.gzip - ref.js.gzip)} gz` : undefined,
        target: '≤ 90 KB gz',
        met: first.gzip <= FIRST_SCREEN_TARGET_GZIP,
      },
      {
        figure: 'CSS',
        value: both(app.css),
        reference: ref ? both(ref.css) : undefined,
        met: null,
      },
      ...(preload
        ? [
            {
              figure: 'Browser-mode preload.js (runs before the JS above)',
              value: both(preload),
              met: null,
            },
            {
              figure: 'JS the browser-mode page loads (renderer + preload)',
              value: `${kb(app.js.raw + preload.raw)} raw, ${kb(app.js.gzip + preload.gzip)} gz`,
              target: '(< 250 KB gz)',
              met: null,
            },
          ]
        : []),
    ],
    data: { app, firstScreen: first, reference: ref, preload, gzipLevel: 9 },
    notes,
  };
}
