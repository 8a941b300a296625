/**
 * Inline checks of what the admin types, with the same rules the main side
 * applies (org-id.ts; issuer-url.ts: https except on loopback, the Okta
 * admin-console host) plus the mistakes admins make most (a pasted discovery
 * URL). Returns a message to show; an empty object when fine.
 */
import { isLoopbackHost, oktaHostForAdminHost } from './issuer-url';
import { orgIdProblem } from './org-id';

export interface FieldCheck {
  error?: string;
  warning?: string;
}

export function checkOrgId(value: string): FieldCheck {
  const problem = orgIdProblem(value.trim());
  if (problem) return { error: problem };
  if (value !== value.trim()) return { warning: 'Leading or trailing spaces will be removed.' };
  return {};
}

export function checkIssuerUrl(value: string): FieldCheck {
  const raw = value.trim();
  if (raw === '') return { error: 'Enter the Issuer URL' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { error: 'Enter a full URL starting with https://, such as https://acme.okta.com' };
  }
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) {
    return { warning: 'Plain http is accepted only for a test provider on this computer.' };
  }
  if (url.protocol !== 'https:') return { error: 'The Issuer URL must start with https://' };
  if (url.username || url.password) return { error: 'The Issuer URL must not contain a user name or password' };
  const oktaHost = oktaHostForAdminHost(url.hostname);
  if (oktaHost) {
    return { error: `This is the Okta admin console address. Use https://${oktaHost} (without "-admin") instead.` };
  }
  if (url.pathname.includes('/.well-known/')) {
    return { warning: 'This looks like a discovery URL; the issuer is the part before "/.well-known/". It will be trimmed.' };
  }
  if (url.search || url.hash) return { warning: 'Query strings and fragments are not part of an issuer.' };
  return {};
}

export function checkClientId(value: string): FieldCheck {
  const raw = value.trim();
  if (raw === '') return { error: 'Enter the Client ID' };
  if (/\s/.test(raw)) return { error: 'A Client ID contains no spaces' };
  if (raw.length > 300) return { error: 'A Client ID has at most 300 characters' };
  if (value !== raw) return { warning: 'Leading or trailing spaces will be removed.' };
  return {};
}

export function checkSecret(value: string): FieldCheck {
  if (value === '') return { error: 'Enter the client secret' };
  if (value.length > 1024) return { error: 'A client secret has at most 1024 characters' };
  if (value !== value.trim()) return { warning: 'The secret starts or ends with a space; check that you copied it exactly.' };
  return {};
}
