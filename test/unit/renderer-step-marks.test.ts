import { describe, expect, it } from 'vitest';
import type { Configuration } from '../../common/contract';
import { credentialsEdited, credentialsUnsaved, displayName, stepDone } from '../../renderer/src/state/store';

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
  progress: { done: { createApp: true, configureApp: true, credentials: true, enableSso: false }, currentStep: 'credentials' },
  createdAt: '2026-11-29T10:00:00.000Z',
  updatedAt: '2026-11-29T10:00:00.000Z',
};

describe('check marks as the UI shows them', () => {
  it('step 3 shows what the main side says while nothing tested is edited', () => {
    expect(stepDone({ config, draft: {} }, 'credentials')).toBe(true);
    // Re-typing the same value (even with spaces around it) is not an edit.
    expect(stepDone({ config, draft: { clientId: ' 0oa123 ' } }, 'credentials')).toBe(true);
    expect(stepDone({ config: { ...config, progress: { ...config.progress, done: { ...config.progress.done, credentials: false } } }, draft: {} }, 'credentials')).toBe(false);
  });

  it('editing any tested value clears step 3 at once, before saving', () => {
    for (const draft of [{ clientId: '0oa999' }, { issuerUrl: 'https://acme.okta.com/oauth2/default' }, { orgId: 'other' }, { requestGroups: true }, { secret: 'new secret' }]) {
      expect(credentialsEdited({ config, draft }), JSON.stringify(draft)).toBe(true);
      expect(stepDone({ config, draft }, 'credentials')).toBe(false);
    }
    // Other steps keep their marks; the configuration's name is not tested.
    expect(stepDone({ config, draft: { clientId: '0oa999' } }, 'createApp')).toBe(true);
    expect(credentialsEdited({ config, draft: { name: 'Acme production' } })).toBe(false);
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
