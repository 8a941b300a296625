import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../main/core/app/content-security-policy';

describe('content security policy', () => {
  it('is the same in the page’s meta tag as in the header both shells send, less the header-only frame-ancestors', () => {
    const html = fs.readFileSync(path.resolve(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
    // Chromium ignores frame-ancestors in a meta tag and warns on every load.
    expect(meta).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
  it('allows nothing inline and nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
