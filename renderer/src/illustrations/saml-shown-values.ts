/**
 * The SAML values the Google Admin console pictures draw: the Hub's ACS URL
 * and SP Entity ID, and Google's SSO URL and IdP entity ID, each the admin's
 * own once known, else an example that reads as one.
 */
import { shownValues, type IllustrationValues, type Shown } from './illustration-values';

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

/** The shared SAML values (shownValues) in Google's forms, and Google's IdP entity ID derived from its SSO URL. */
export function samlShownValues(values: IllustrationValues): SamlShownValues {
  const shown = shownValues(values);
  const idpId = values.samlSsoUrl ? googleIdpId(values.samlSsoUrl) : undefined;
  return {
    acsUrl: shown.acsUrl,
    spEntityId: shown.spEntityId,
    ssoUrl: shown.samlSsoUrl.google,
    idpEntityId: idpId ? own(`${GOOGLE_ENTITY_BASE}?idpid=${idpId}`) : example(`${GOOGLE_ENTITY_BASE}?idpid=${EXAMPLE_IDP_ID}`),
  };
}
