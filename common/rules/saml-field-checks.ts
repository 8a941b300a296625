/**
 * Inline checks of the SAML values an admin pastes (step 2's SP Entity ID, step 3's SSO URL, Issuer, certificate
 * and metadata URL), before any network call, with the same shape as field-checks.ts. They catch the pastes that
 * go into the wrong field: the Hub's ACS URL as the IdP's SSO URL, the IdP's metadata URL as its SSO URL, a
 * private key or a metadata document in the certificate box.
 */
import { cleanPasted, cleanedNote } from './clean-pasted';
import type { FieldCheck } from './field-checks';
import { isLoopbackHost } from './issuer-url';

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;
const PEM_PRIVATE_KEY = /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/;
/** A base64 body of some length with no PEM lines: what "copy the certificate" sometimes gives. */
const BARE_BASE64 = /^[A-Za-z0-9+/=\s]{200,}$/;

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

const isHub = (url: URL) => /(^|\.)huggingface\.co$/i.test(url.hostname);
const isSamlConsume = (url: URL) => isHub(url) && /\/saml\/consume\/?$/.test(url.pathname);
const looksLikeMetadata = (url: URL) => /metadata|federationmetadata|\.xml$/i.test(url.pathname + url.search);

/** Cleaned, with the note about what copy and paste brought, as a warning when nothing else is wrong. */
function withNote(raw: string, check: (value: string) => FieldCheck): FieldCheck {
  const cleaned = cleanPasted(raw);
  const result = check(cleaned.value);
  const note = cleanedNote(cleaned);
  if (result.error || !note) return result;
  return { ...result, warning: result.warning ? `${note} ${result.warning}` : note };
}

/** The Hub's SP Entity ID, pasted from the org's SSO settings: a URL or a URN, never the ACS URL. */
export function checkSpEntityId(value: string): FieldCheck {
  return withNote(value, (v) => {
    if (v === '') return { error: 'Paste the SP Entity ID from the Hub’s SSO settings (choose SAML there)' };
    if (/\s/.test(v)) return { error: 'An SP Entity ID contains no spaces' };
    const url = parseUrl(v);
    if (!url) return { error: 'An SP Entity ID is a URL or a URN (urn:…): copy it from the Hub’s SSO settings' };
    if (isSamlConsume(url)) {
      return {
        error:
          'This is the Hub’s ACS URL, shown above. The SP Entity ID is the other value on the Hub’s SSO settings page ' +
          '(SAML); the Hub shows it there, and this assistant does not guess it.',
      };
    }
    if (url.protocol !== 'urn:' && !isHub(url)) {
      return { warning: 'The Hub’s SP Entity ID is usually a huggingface.co address. Check that this is the value the Hub shows.' };
    }
    return {};
  });
}

/** The IdP's SSO URL (the Hub's "Sign-on URL"): https, the IdP's, not the Hub's ACS nor the metadata URL. */
export function checkSamlSsoUrl(value: string): FieldCheck {
  return withNote(value, (v) => {
    if (v === '') return { error: 'Enter the IdP’s SSO URL, or read it from the metadata above' };
    const url = parseUrl(v);
    if (!url || !/^https?:$/.test(url.protocol)) return { error: 'Enter a full URL starting with https://' };
    if (isSamlConsume(url)) {
      return { error: 'This is the Hub’s ACS URL: it goes into the IdP’s app (step 2). The SSO URL comes from the IdP.' };
    }
    if (isHub(url)) return { error: 'This is a Hugging Face address. The SSO URL is your identity provider’s.' };
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return { error: 'The SSO URL must start with https://' };
    if (url.username || url.password) return { error: 'The SSO URL must not contain a user name or password' };
    if (looksLikeMetadata(url)) {
      return {
        error:
          'This looks like the metadata URL, not the SSO URL. Paste it in “Metadata URL” above and press “Read metadata”: ' +
          'the SSO URL and certificate are filled in from it.',
      };
    }
    if (url.protocol === 'http:') return { warning: 'Plain http is accepted only for a test provider on this computer.' };
    return {};
  });
}

/** The IdP's entity ID (the Hub's optional "Issuer"): optional; when given, a URL or URN that is not the Hub's. */
export function checkSamlIssuer(value: string): FieldCheck {
  return withNote(value, (v) => {
    if (v === '') return {};
    if (/\s/.test(v)) return { error: 'An entity ID contains no spaces' };
    const url = parseUrl(v);
    if (!url) return { error: 'An entity ID is a URL or a URN (urn:…)' };
    if (isHub(url)) return { error: 'This is a Hugging Face address. The Issuer is the identity provider’s entity ID.' };
    return {};
  });
}

/** The pasted certificate's shape (its dates and fingerprint come from the main side's reading of it). */
export function checkSamlCertificate(value: string): FieldCheck {
  const v = value.trim();
  if (v === '') return { error: 'Paste the IdP’s signing certificate, or read it from the metadata above' };
  if (PEM_PRIVATE_KEY.test(v)) {
    return { error: 'This is a private key. Never paste it anywhere: the Hub needs only the IdP’s public certificate (BEGIN CERTIFICATE).' };
  }
  if (/<(?:\w+:)?EntityDescriptor\b/.test(v)) {
    return { error: 'This is a metadata document. Use “Open metadata file…” above, or paste only the certificate.' };
  }
  if (!PEM_CERTIFICATE.test(v)) {
    if (BARE_BASE64.test(v)) {
      return { error: 'The BEGIN CERTIFICATE and END CERTIFICATE lines are missing: the Hub asks for the certificate with both lines.' };
    }
    return { error: 'A certificate starts with -----BEGIN CERTIFICATE----- and ends with -----END CERTIFICATE-----' };
  }
  return {};
}

/** A metadata URL: optional, https (loopback may be http, for a test provider). */
export function checkSamlMetadataUrl(value: string): FieldCheck {
  return withNote(value, (v) => {
    if (v === '') return {};
    const url = parseUrl(v);
    if (!url || !/^https?:$/.test(url.protocol)) return { error: 'Enter a full URL starting with https://' };
    if (isHub(url)) return { error: 'This is a Hugging Face address. The metadata URL is your identity provider’s.' };
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return { error: 'The metadata URL must start with https://' };
    return {};
  });
}
