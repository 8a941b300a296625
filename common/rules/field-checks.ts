/**
 * Inline checks of what the admin types, with the same rules the main side
 * applies (org-id.ts; issuer-url.ts: https except on loopback, the Okta
 * admin-console host, Hub addresses) plus the mistakes admins make most: a
 * value pasted into the wrong field, a pasted discovery URL, the invisible
 * characters copy and paste brings. All before any network call. Returns a
 * message to show; an empty object when fine.
 *
 * `idpKind` is the configuration's profile (common/idp): its issuer hints and
 * client-id / secret shapes apply (Okta when absent). Every profile's issuer
 * hints for its own addresses apply whatever the profile.
 */
import { OKTA_CLIENT_ID } from '../idp/okta/words';
import { idpProfile, idpProfiles } from '../idp/profiles';
import { cleanPasted, cleanedNote } from './clean-pasted';
import { hubAddressKind, isLoopbackHost } from './issuer-url';
import { orgIdProblem } from './org-id';

export interface FieldCheck {
  error?: string;
  warning?: string;
  /** A corrected value the UI may offer with one click (e.g. "acme" for https://huggingface.co/acme). */
  suggestion?: string;
}

/** A client secret: 40 or more characters of the alphabet IdPs draw secrets from. */
const SECRET_LIKE = /^[A-Za-z0-9._~+/=-]{40,}$/;
/** An org identifier given as a Hub address: https://huggingface.co/acme, …/organizations/acme/settings/sso. */
const HUB_ORG_URL = /^(?:https?:\/\/)?(?:www\.)?huggingface\.co\/(?:organizations\/)?([^/?#\s]+)/i;

export function checkOrgId(value: string): FieldCheck {
  const cleaned = cleanPasted(value);
  const org = cleaned.value;
  const fromUrl = HUB_ORG_URL.exec(org)?.[1];
  if (fromUrl && !orgIdProblem(fromUrl)) {
    return {
      error: `Enter the organization identifier only, not the address: "${fromUrl}" (from ${org.slice(0, 80)}).`,
      suggestion: fromUrl,
    };
  }
  const problem = orgIdProblem(org);
  if (problem) return { error: problem };
  const note = cleanedNote(cleaned);
  if (/[A-Z]/.test(org)) {
    return {
      warning:
        `${note ? `${note} ` : ''}"${org}" has capitals. Okta matches the redirect URI exactly, case included, so it must be ` +
        'written exactly as the Hub writes your organization name (as in its address, huggingface.co/<name>).',
    };
  }
  return note ? { warning: note } : {};
}

export function checkIssuerUrl(value: string, idpKind?: string): FieldCheck {
  const cleaned = cleanPasted(value);
  const raw = cleaned.value;
  if (raw === '') return { error: 'Enter the Issuer URL' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { error: 'Enter a full URL starting with https://, such as https://acme.okta.com' };
  }
  const hub = hubAddressKind(url);
  if (hub === 'consume-uri') {
    return {
      error:
        'This is the Hub’s redirect URI: it goes into the Okta app’s "Sign-in redirect URIs" (step 2). ' +
        'The Issuer URL comes from Okta, e.g. https://acme.okta.com.',
    };
  }
  if (hub === 'other') {
    return { error: 'This is a Hugging Face address. The Issuer URL is your identity provider’s, e.g. https://acme.okta.com.' };
  }
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) {
    return { warning: 'Plain http is accepted only for a test provider on this computer.' };
  }
  if (url.protocol !== 'https:') return { error: 'The Issuer URL must start with https://' };
  if (url.username || url.password) return { error: 'The Issuer URL must not contain a user name or password' };
  const selected = idpProfile(idpKind);
  for (const profile of idpProfiles) {
    const hint = profile.issuer.hint?.(url, profile === selected);
    if (hint?.error || hint?.warning) return hint;
  }
  if (url.pathname.includes('/.well-known/')) {
    return { warning: 'This looks like a discovery URL; the issuer is the part before "/.well-known/". It will be trimmed.' };
  }
  if (url.search || url.hash) return { warning: 'Query strings and fragments are not part of an issuer.' };
  const note = cleanedNote(cleaned);
  return note ? { warning: note } : {};
}

export function checkClientId(value: string, idpKind?: string): FieldCheck {
  const cleaned = cleanPasted(value);
  const raw = cleaned.value;
  if (raw === '') return { error: 'Enter the Client ID' };
  if (/\s/.test(raw)) return { error: 'A Client ID contains no spaces' };
  if (raw.length > 300) return { error: 'A Client ID has at most 300 characters' };
  const profile = idpProfile(idpKind);
  const hint = profile.fields.clientId?.(raw);
  if (hint?.error) return hint;
  // Google's client ids are long too, but end with their domain.
  if (SECRET_LIKE.test(raw) && !OKTA_CLIENT_ID.test(raw) && !raw.endsWith('.apps.googleusercontent.com')) {
    return {
      error:
        profile.id === 'okta'
          ? `This looks like a client secret (${raw.length} characters), not a Client ID. In Okta the Client ID is the ` +
            'shorter value above the secret (General → Client Credentials, 20 characters starting with 0oa). Paste the secret in the Client secret field.'
          : `This looks like a client secret (${raw.length} characters), not a Client ID. Paste it in the Client secret field.`,
    };
  }
  const note = cleanedNote(cleaned);
  if (hint?.warning) return { ...hint, warning: note ? `${note} ${hint.warning}` : hint.warning };
  return note ? { warning: note } : {};
}

export function checkSecret(value: string, idpKind?: string): FieldCheck {
  const cleaned = cleanPasted(value);
  if (cleaned.value === '') return { error: 'Enter the client secret' };
  if (value.length > 1024) return { error: 'A client secret has at most 1024 characters' };
  // The profile's "this is an id, not a secret", and Okta's (an Okta Client ID is never a secret, whatever the profile).
  const selected = idpProfile(idpKind);
  for (const profile of new Set([selected, idpProfile('okta')])) {
    const hint = profile.fields.secret?.(cleaned.value);
    if (hint?.error) return hint;
  }
  const note = cleanedNote(cleaned);
  return note ? { warning: note } : {};
}
