/**
 * The renderer uses the domain rules in common/ and never writes them again:
 * no renderer file defines a name that common/ exports, and none restates a
 * rule's tell-tale literal (the Hub's URL forms, the role list, Okta's hosts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

const root = path.resolve(__dirname, '../..');

const sources = sourceFiles;

const commonExports = new Set(
  sources(path.join(root, 'common')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^export\s+(?:async\s+)?(?:function|const|class|let)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!),
  ),
);

/** A rule restated by value: the literal gives it away. */
const RESTATED: [RegExp, string][] = [
  [/\/oidc\/consume|\/saml\/consume|\/settings\/sso/, 'a Hub URL form (common/rules/hub-urls.ts)'],
  [/['"]admin['"]\s*,\s*['"]write['"]\s*,\s*['"]contributor['"]/, 'the Hub role list (common/rules/hub-roles.ts)'],
  [/-admin\\\.|okta\\\.com/, 'an Okta host rule written as a pattern (common/rules/issuer-url.ts)'],
  [/\^\[A-Za-z0-9\]\(\?:/, 'the org identifier pattern (common/rules/org-id.ts)'],
];

describe('the renderer uses common/ rules, never its own copies', () => {
  const files = sources(path.join(root, 'renderer/src'));

  it('finds what to compare', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const name of ['hubConsumeUri', 'normalizeIssuerUrl', 'mappingWarnings', 'checkOrgId', 'HUB_ROLES', 'DiagnosisError', 'diagnose']) {
      expect(commonExports, name).toContain(name);
    }
  });

  it('defines no function, constant or class that common/ exports', () => {
    const redefined = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s*(?:export\s+)?(?:async\s+)?(?:function|const|class|let)\s+([A-Za-z_$][\w$]*)/gm)]
        .map((m) => m[1]!)
        .filter((name) => commonExports.has(name))
        .map((name) => `${path.relative(root, file)}: ${name}`),
    );
    expect(redefined).toEqual([]);
  });

  it('restates no rule by its literal', () => {
    const restated = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return RESTATED.filter(([re]) => re.test(text)).map(([, what]) => `${path.relative(root, file)}: ${what}`);
    });
    expect(restated).toEqual([]);
  });
});
