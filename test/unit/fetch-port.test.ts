/**
 * The main side's HTTP goes through the fetch port only (ports.ts `HttpFetch`): no source file under main/ calls
 * the global fetch, falls back to it (`?? fetch`) or reaches for `globalThis.fetch`; and the port is a required
 * dependency wherever core makes a request. The integration suite proves the same by counting the calls of the
 * port it hands in (test/integration/network-proxy-tls.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const sources = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? sources(rel) : /\.tsx?$/.test(e.name) ? [rel] : [];
  });
const code = (file: string) =>
  fs
    .readFileSync(path.join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

describe('the fetch port', () => {
  const files = [...sources('main'), 'scripts/demo.ts'].filter((f) => fs.existsSync(path.join(root, f)));

  it('is the only way main/ makes HTTP requests', () => {
    const offenders = files.flatMap((file) => {
      const text = code(file);
      return [/(?<![.\w$])fetch\s*\(/g, /\?\?\s*fetch\b/g, /globalThis\.fetch/g, /\bfetch:\s*fetch\b/g]
        .filter((re) => re.test(text))
        .map((re) => `${file}: ${re.source}`);
    });
    expect(offenders).toEqual([]);
  });

  it('is required (not optional) in AppDeps and every core request option', () => {
    const required: Record<string, RegExp> = {
      'main/core/app/services.ts': /^\s*fetch: HttpFetch;/m,
      'main/core/oidc/http.ts': /^\s*fetch: FetchLike;/m,
      'main/core/oidc/discovery.ts': /^\s*fetch: FetchLike;/m,
      'main/core/oidc/issuer-check.ts': /^\s*fetch: FetchLike;/m,
      'main/core/oidc/token-exchange.ts': /^\s*fetch: FetchLike;/m,
      'main/core/oidc/test-login/login-run.ts': /^\s*fetch: FetchLike;/m,
    };
    for (const [file, re] of Object.entries(required)) expect(code(file), file).toMatch(re);
    for (const file of files.filter((f) => f.startsWith('main/core/'))) expect(code(file), file).not.toMatch(/\bfetch\?:/);
  });

  it('is wired by both composition roots', () => {
    expect(code('main/electron/compose.ts')).toMatch(/fetch: createElectronNetFetch\(/);
    expect(code('main/browser/browser-mode.ts')).toMatch(/fetch: network\.fetch/);
  });
});
