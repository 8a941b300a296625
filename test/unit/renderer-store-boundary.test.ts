/**
 * Components talk to the main side only through the store: outside
 * renderer/src/state/ (and api.ts itself) no file imports the bridge's
 * `call` or `on` from renderer/src/api.ts, nor writes the store with
 * `useApp.setState`; they call the store's actions instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

const root = path.resolve(__dirname, '../../renderer/src');
const apiModule = path.join(root, 'api');
const BRIDGE_NAMES = new Set(['call', 'on']);

const sources = sourceFiles;

/** What a file takes from the api module: the names it imports, `*` for a namespace or a dynamic import. */
function bridgeUses(text: string, file: string): string[] {
  const isApi = (spec: string) => spec.startsWith('.') && path.resolve(path.dirname(file), spec).replace(/\.(ts|tsx)$/, '') === apiModule;
  const found: string[] = [];
  for (const m of text.matchAll(/\b(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+['"]([^'"]+)['"]/g)) {
    if (m[1] || !isApi(m[3]!)) continue;
    const clause = m[2]!;
    if (/\*/.test(clause)) found.push('*');
    const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
    for (const part of named.split(',')) {
      if (/^\s*type\s/.test(part)) continue;
      const imported = part.trim().split(/\s+as\s+/)[0]!;
      if (BRIDGE_NAMES.has(imported)) found.push(imported);
    }
  }
  for (const m of text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) if (isApi(m[1]!)) found.push('*');
  return found;
}

const writesStore = (text: string) => /\buseApp\s*\.\s*setState\b/.test(text);

describe('components reach the main side only through the store', () => {
  const files = sources(root);
  const outsideStore = files.filter((f) => !f.startsWith(path.join(root, 'state') + path.sep) && f !== `${apiModule}.ts`);

  it('recognises the ways of taking the bridge', () => {
    const file = path.join(root, 'components', 'X.tsx');
    expect(bridgeUses(`import { call, toDiagnosis } from '../api';`, file)).toEqual(['call']);
    expect(bridgeUses(`import {\n  on as listen,\n} from "../api.ts";`, file)).toEqual(['on']);
    expect(bridgeUses(`import * as api from '../api';`, file)).toEqual(['*']);
    expect(bridgeUses(`const api = await import('../api');`, file)).toEqual(['*']);
    expect(bridgeUses(`export { call } from '../api';`, file)).toEqual(['call']);
    expect(bridgeUses(`import { toDiagnosis, type CallName } from '../api';`, file)).toEqual([]);
    expect(bridgeUses(`import { call } from '../state/api';`, file)).toEqual([]);
    expect(writesStore(`useApp.setState({ notice: undefined })`)).toBe(true);
    expect(writesStore(`useApp.getState().notify('x')`)).toBe(false);
    expect(outsideStore.length).toBeGreaterThan(10);
  });

  it('no file outside the store imports call or on from the api module', () => {
    const offenders = outsideStore.flatMap((f) =>
      bridgeUses(readFileSync(f, 'utf8'), f).map((name) => `${path.relative(root, f)}: ${name}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no file outside the store writes it with useApp.setState', () => {
    const offenders = outsideStore.filter((f) => writesStore(readFileSync(f, 'utf8'))).map((f) => path.relative(root, f));
    expect(offenders).toEqual([]);
  });
});
