/** The Hub's four steps, in order, with the slugs used in the URL hash. */
import type { Protocol, StepId } from '../../common/contract';
import { idpText } from './idp/text';

export interface StepInfo {
  id: StepId;
  slug: string;
  number: number;
  /** Okta's wording; `stepTitle` gives the configuration's IdP's. */
  title: string;
  /** Who ticks it: the admin, or a successful test of the current values. */
  tickedBy: 'admin' | 'test';
}

export const STEPS: readonly StepInfo[] = [
  { id: 'createApp', slug: 'create-app', number: 1, title: 'Create the app in Okta', tickedBy: 'admin' },
  { id: 'configureApp', slug: 'configure-app', number: 2, title: 'Configure the app', tickedBy: 'admin' },
  { id: 'credentials', slug: 'credentials', number: 3, title: 'Credentials and test', tickedBy: 'test' },
  { id: 'enableSso', slug: 'enable-sso', number: 4, title: 'Enable SSO on the Hub', tickedBy: 'admin' },
];

export function stepById(id: StepId): StepInfo {
  const step = STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`unknown step ${id}`);
  return step;
}

/** Accepts the slug (`create-app`) or the contract id (`createApp`). */
export function stepFromSlug(slug: string): StepInfo | undefined {
  return STEPS.find((s) => s.slug === slug || s.id === slug);
}

export function neighbourSteps(id: StepId): { previous?: StepInfo; next?: StepInfo } {
  const index = STEPS.findIndex((s) => s.id === id);
  return { previous: STEPS[index - 1], next: STEPS[index + 1] };
}

/** A step's title for a configuration's IdP and protocol: step 1 names the IdP's console ("Register the app in Microsoft Entra ID"). */
export function stepTitle(id: StepId, idpKind: string | undefined, protocol?: Protocol): string {
  if (id !== 'createApp') return stepById(id).title;
  const text = idpText(idpKind);
  return protocol === 'saml' ? text.samlCreateAppTitle : text.createAppTitle;
}
