/**
 * A test login's stages in the words the UI uses: the live checklist, the
 * history and the evidence report read from this one table.
 */
import type { TestStage } from '../contract';

/** Stages shown as a checklist while an OIDC test runs, in order. */
export const VISIBLE_STAGES: readonly { stage: TestStage; label: string }[] = [
  { stage: 'discovery', label: 'Reading the issuer’s discovery document' },
  { stage: 'window-opened', label: 'Login window open: sign in there' },
  { stage: 'redirect-caught', label: 'Redirect to the Hub caught on this computer' },
  { stage: 'exchanging-code', label: 'Exchanging the code (client_secret_post, like the Hub)' },
  { stage: 'validating-token', label: 'Validating the ID token and its signature' },
];

/** The same for a SAML test. */
export const SAML_VISIBLE_STAGES: readonly { stage: TestStage; label: string }[] = [
  { stage: 'window-opened', label: 'Login window open: sign in there' },
  { stage: 'redirect-caught', label: 'SAML response to the Hub’s ACS caught on this computer' },
  { stage: 'validating-response', label: 'Validating the SAML response and its two signatures' },
];

export function visibleStages(protocol: 'oidc' | 'saml' | undefined): readonly { stage: TestStage; label: string }[] {
  return protocol === 'saml' ? SAML_VISIBLE_STAGES : VISIBLE_STAGES;
}

const ENDINGS: Record<Extract<TestStage, 'done' | 'failed' | 'cancelled'>, string> = {
  done: 'Test finished',
  failed: 'Test failed',
  cancelled: 'Test cancelled',
};

/** The words for a stage, past or present. */
export function stageLabel(stage: TestStage, protocol?: 'oidc' | 'saml'): string {
  // The protocol's own words first: both name 'window-opened' and 'redirect-caught'.
  return [...visibleStages(protocol), ...VISIBLE_STAGES, ...SAML_VISIBLE_STAGES].find((s) => s.stage === stage)?.label ?? ENDINGS[stage as keyof typeof ENDINGS] ?? stage;
}
