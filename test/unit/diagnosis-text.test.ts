import { describe, expect, it } from 'vitest';
import { diagnose } from '../../common/diagnosis';
import { diagnosisText } from '../../common/rules/diagnosis-text';

describe('copy diagnosis', () => {
  it('gives code, title, cause, numbered fix steps and the evidence, as plain text', () => {
    const text = diagnosisText(diagnose('USER_NOT_ASSIGNED', { error: 'access_denied', error_description: 'User is not assigned to the client application.' }), {
      at: '2026-12-01 19:27:10 UTC',
      appVersion: '0.1.0',
    });
    expect(text.split('\n')[0]).toBe('USER_NOT_ASSIGNED: This user is not assigned to the Okta app');
    expect(text).toContain('How to fix:\n1. Open Okta Admin Console');
    expect(text).toContain('Evidence:\n- error: access_denied\n- error_description: User is not assigned to the client application.');
    expect(text.endsWith('at 2026-12-01 19:27:10 UTC, SSO Setup Assistant 0.1.0')).toBe(true);
  });
});
