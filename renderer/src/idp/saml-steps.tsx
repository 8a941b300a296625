/** Each IdP's SAML step instructions, by `idpKind` (a fourth IdP: one line here). */
import { idpProfile } from '../../../common/idp/profiles';
import { entraSamlSteps } from './entra/saml-steps';
import { googleSamlSteps } from './google/saml-steps';
import { oktaSamlSteps } from './okta/saml-steps';
import type { IdpSamlSteps } from './steps-types';

const steps: Readonly<Record<string, IdpSamlSteps>> = { okta: oktaSamlSteps, entra: entraSamlSteps, google: googleSamlSteps };

export function idpSamlSteps(kind: string | undefined): IdpSamlSteps {
  return steps[idpProfile(kind).id] ?? oktaSamlSteps;
}
