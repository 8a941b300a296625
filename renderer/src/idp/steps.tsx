/** Each IdP's step instructions, by `idpKind` (a fourth IdP: one line here and in text.ts). */
import { idpProfile } from '../../../common/idp/profiles';
import { entraSteps } from './entra/steps';
import { googleSteps } from './google/steps';
import { oktaSteps } from './okta/steps';
import type { IdpSteps } from './steps-types';

const steps: Readonly<Record<string, IdpSteps>> = { okta: oktaSteps, entra: entraSteps, google: googleSteps };

export function idpSteps(kind: string | undefined): IdpSteps {
  return steps[idpProfile(kind).id] ?? oktaSteps;
}
