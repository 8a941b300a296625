/**
 * The renderer's boundaries, checked on its source: it talks to the main side
 * only through `window.ssoAssistant` (no network API of its own), imports no
 * Node or Electron module, and writes no raw HTML.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

const root = path.resolve(__dirname, '../../renderer/src');

const sources = sourceFiles;

const FORBIDDEN: [RegExp, string][] = [
  [/\bfetch\s*\(/, 'fetch'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
  [/\bWebSocket\b/, 'WebSocket'],
  [/\bEventSource\b/, 'EventSource'],
  [/\bnavigator\.sendBeacon\b/, 'sendBeacon'],
  [/from\s+['"](node:|fs['"]|path['"]|child_process|electron)/, 'Node/Electron import'],
  [/\brequire\s*\(/, 'require'],
  [/dangerouslySetInnerHTML|\.innerHTML\s*=/, 'raw HTML'],
  [/\beval\s*\(|new Function\s*\(/, 'eval'],
  [/https?:\/\/(?!huggingface\.co)[a-z0-9.-]+\.(com|net|org|io)\/[^'"`\s]*\.(js|css|png|svg|woff2?)/i, 'remote asset'],
];

describe('renderer boundaries', () => {
  const files = sources(root);

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('uses no network API, Node or Electron module, raw HTML or eval', () => {
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const [re, what] of FORBIDDEN) {
        if (re.test(text)) problems.push(`${path.relative(root, file)}: ${what}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reaches the main side only through the API global named in the contract', () => {
    const api = readFileSync(path.join(root, 'api.ts'), 'utf8');
    expect(api).toContain('API_GLOBAL');
    const others = files.filter((f) => !f.endsWith(`${path.sep}api.ts`));
    const direct = others.filter((f) => /ssoAssistant/.test(readFileSync(f, 'utf8')));
    expect(direct.map((f) => path.relative(root, f))).toEqual([]);
  });
});
