import { describe, expect, it } from 'vitest';
import type { Configuration } from '../../common/contract';
import { configStatus, isPassing } from '../../common/rules/config-status';
import { testFingerprint } from '../../common/rules/test-fingerprint';
import { valuesOnScreen } from '../../renderer/src/state/config-status';
import type { Draft } from '../../renderer/src/state/store';
import { credentialsEdited, credentialsUnsaved, displayName } from '../../renderer/src/state/store';
import { skippedBefore } from '../../renderer/src/state/step-order';

const config: Configuration = {
  id: '3f2b8c1e-8a4d-4c1f-9e2b-1a2b3c4d5e6f',
  name: '',
  orgId: 'acme',
  clientId: '0oa123',
  issuerUrl: 'https://acme.okta.com',
  idpKind: 'okta',
  requestGroups: false,
  roleMapping: { attributePath: '', rules: [], resourceGroupRules: [] },
  revision: 3,
  hasSecret: true,
  secretRevision: 1,
  verdict: {},
  progress: { done: { createApp: true, configureApp: true, credentials: true, enableSso: false }, currentStep: 'credentials' },
  createdAt: '2026-11-29T10:00:00.000Z',
  updatedAt: '2026-11-29T10:00:00.000Z',
};
// A passing test of exactly these values.
const pass = { at: '2026-11-29T10:05:00.000Z', fingerprint: testFingerprint(config), outcome: 'success' as const, warnings: [] };
config.verdict = { lastPass: pass, latest: pass };

/** Step 3's mark: a passing test of the values on screen (saved values plus what is being typed). */
const step3 = (c: Configuration, draft: Draft) => isPassing(configStatus(valuesOnScreen(c, draft)));

describe('check marks as the UI shows them', () => {
  it('step 3 shows the status: a passing test of these values, while nothing tested is edited', () => {
    expect(step3(config, {})).toBe(true);
    // Re-typing the same value (even with spaces around it) is not an edit.
    expect(step3(config, { clientId: ' 0oa123 ' })).toBe(true);
    // A newer failure caused by the configuration takes the mark away (no green tick beside a red box).
    const failure = { at: '2026-11-29T10:06:00.000Z', fingerprint: pass.fingerprint, outcome: 'failure' as const, code: 'INVALID_CLIENT_SECRET', warnings: [] };
    expect(step3({ ...config, verdict: { lastPass: pass, lastFailure: failure, latest: failure } }, {})).toBe(false);
    // One caused by the user signing in does not.
    const carol = { ...failure, code: 'USER_NOT_ASSIGNED', user: 'carol@acme.example' };
    expect(step3({ ...config, verdict: { lastPass: pass, lastFailure: carol, latest: carol } }, {})).toBe(true);
  });

  it('editing any tested value clears step 3 at once, before saving', () => {
    for (const draft of [{ clientId: '0oa999' }, { issuerUrl: 'https://acme.okta.com/oauth2/default' }, { orgId: 'other' }, { requestGroups: true }, { secret: 'new secret' }]) {
      expect(credentialsEdited({ config, draft }), JSON.stringify(draft)).toBe(true);
      expect(step3(config, draft), JSON.stringify(draft)).toBe(false);
    }
    // The configuration's name is not tested.
    expect(credentialsEdited({ config, draft: { name: 'Acme production' } })).toBe(false);
    expect(step3(config, { name: 'Acme production' })).toBe(true);
  });

  it('a step marked before an earlier one says which it skipped', () => {
    const early = { ...config, progress: { ...config.progress, done: { createApp: true, configureApp: false, credentials: false, enableSso: true } } };
    expect(skippedBefore(early, false, 'enableSso')).toEqual([2, 3]);
    expect(skippedBefore(early, true, 'enableSso')).toEqual([2]);
    expect(skippedBefore(config, true, 'configureApp')).toEqual([]);
  });

  it('step 3 calls unsaved only what it saves itself (the organization is saved in step 2)', () => {
    for (const draft of [{ clientId: '0oa999' }, { issuerUrl: 'https://acme.okta.com/oauth2/default' }, { requestGroups: true }, { secret: 'new secret' }]) {
      expect(credentialsUnsaved({ config, draft }), JSON.stringify(draft)).toBe(true);
    }
    expect(credentialsUnsaved({ config, draft: { clientId: ' 0oa123 ', orgId: 'other', name: 'Acme production' } })).toBe(false);
  });

  it('names a configuration by its name, else its organization', () => {
    expect(displayName({ name: 'Acme prod', orgId: 'acme' })).toBe('Acme prod');
    expect(displayName({ name: ' ', orgId: 'acme' })).toBe('acme');
    expect(displayName({ name: '', orgId: '' })).toBe('Untitled configuration');
  });
});

describe('the secret’s expiry day (Entra) in step 3', () => {
  const entra: Configuration = { ...config, idpKind: 'entra', secretExpiresOn: '2027-01-31' };

  it('is saved by step 3 (and before a test login) and counts as an unsaved change', async () => {
    const { STEP3_FIELDS, draftChanges } = await import('../../renderer/src/state/draft');
    expect(STEP3_FIELDS).toContain('secretExpiresOn');
    expect(draftChanges({ config: entra, draft: { secretExpiresOn: '2027-06-30' } }, STEP3_FIELDS)).toEqual({ secretExpiresOn: '2027-06-30' });
    expect(draftChanges({ config: entra, draft: { secretExpiresOn: '' } }, STEP3_FIELDS)).toEqual({ secretExpiresOn: '' });
    expect(credentialsUnsaved({ config: entra, draft: { secretExpiresOn: '2027-06-30' } })).toBe(true);
    expect(credentialsUnsaved({ config: entra, draft: { secretExpiresOn: '2027-01-31' } })).toBe(false);
  });

  it('does not take step 3’s check mark away: the test never covered it', () => {
    const draft: Draft = { secretExpiresOn: '2027-06-30' };
    expect(credentialsEdited({ config: entra, draft })).toBe(false);
    expect(isPassing(configStatus(valuesOnScreen({ ...entra, verdict: { lastPass: { ...pass, fingerprint: testFingerprint(entra) }, latest: { ...pass, fingerprint: testFingerprint(entra) } } }, draft)))).toBe(true);
    // A typed secret still does.
    expect(credentialsEdited({ config: entra, draft: { ...draft, secret: 'new value' } })).toBe(true);
  });
});
