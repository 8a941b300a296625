/**
 * The SAML values the Google Admin console pictures draw: the Hub's ACS URL
 * and SP Entity ID, and Google's SSO URL and IdP entity ID, each the admin's
 * own once known, else an example that reads as one.
 */
import { hubSamlAcsUrl } from '../../../common/rules/hub-urls';
import { EXAMPLE_ORG, type IllustrationValues, type Shown } from './illustration-values';

/** The values the SAML pictures may be given (illustration-values.ts gains these fields on another branch). */
export type SamlIllustrationValues = IllustrationValues & { acsUrl?: string; spEntityId?: string; samlSsoUrl?: string };

export interface SamlShownValues {
  acsUrl: Shown;
  spEntityId: Shown;
  ssoUrl: Shown;
  idpEntityId: Shown;
}

const own = (text: string): Shown => ({ text, example: false });
const example = (text: string): Shown => ({ text, example: true });

/** Google's SSO URL and IdP entity ID differ only in their path; both carry the Workspace's idpid. */
const GOOGLE_SSO_BASE = 'https://accounts.google.com/o/saml2/idp';
const GOOGLE_ENTITY_BASE = 'https://accounts.google.com/o/saml2';
const EXAMPLE_IDP_ID = 'your-idp-id';

/** The idpid of a Google SSO URL, or undefined when the URL is not Google's. */
function googleIdpId(ssoUrl: string): string | undefined {
  try {
    const url = new URL(ssoUrl);
    return url.origin + url.pathname === GOOGLE_SSO_BASE ? (url.searchParams.get('idpid') ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}

export function samlShownValues(values: SamlIllustrationValues): SamlShownValues {
  const acs = values.acsUrl ?? (values.orgId ? hubSamlAcsUrl(values.orgId) : undefined);
  const idpId = values.samlSsoUrl ? googleIdpId(values.samlSsoUrl) : undefined;
  return {
    acsUrl: acs ? own(acs) : example(hubSamlAcsUrl(EXAMPLE_ORG)),
    spEntityId: values.spEntityId ? own(values.spEntityId) : example('SP Entity ID from the Hub'),
    ssoUrl: values.samlSsoUrl ? own(values.samlSsoUrl) : example(`${GOOGLE_SSO_BASE}?idpid=${EXAMPLE_IDP_ID}`),
    idpEntityId: idpId ? own(`${GOOGLE_ENTITY_BASE}?idpid=${idpId}`) : example(`${GOOGLE_ENTITY_BASE}?idpid=${EXAMPLE_IDP_ID}`),
  };
}
