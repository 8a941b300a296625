/** A saved configuration as the renderer receives it, for the renderer's unit tests (steps 1–3 done, a secret stored). */
import type { Configuration } from '../../common/contract';

export const savedConfig: Configuration = {
  id: '3f2b8c1e-8a4d-4c1f-9e2b-1a2b3c4d5e6f',
  name: '',
  // What the admin typed: the org (step 2), the Okta app and its issuer (step 3).
  orgId: 'acme', clientId: '0oa123', issuerUrl: 'https://acme.okta.com', idpKind: 'okta', requestGroups: false,
  roleMapping: { attributePath: '', rules: [], resourceGroupRules: [] },
  revision: 3,
  hasSecret: true,
  progress: { done: { createApp: true, configureApp: true, credentials: true, enableSso: false }, currentStep: 'credentials' },
  createdAt: '2026-11-29T10:00:00.000Z', updatedAt: '2026-11-29T10:00:00.000Z',
};
