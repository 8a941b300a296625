/**
 * Inline validation of what the admin types, mirroring what the main side will
 * accept (the contract's OrgId; issuers over https except on loopback) plus
 * the mistakes admins make most (the Okta admin-console host, a pasted
 * discovery URL). Returns a message to show, or undefined when fine.
 */
import { OrgId } from '../../preload/contract';

export interface FieldCheck {
  error?: string;
  warning?: string;
}

export function checkOrgId(value: string): FieldCheck {
  if (value.trim() === '') return { error: 'Enter the organization identifier' };
  const parsed = OrgId.safeParse(value);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Not a valid organization identifier' };
  if (value !== value.trim()) return { warning: 'Leading or trailing spaces will be removed.' };
  return {};
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function checkIssuerUrl(value: string): FieldCheck {
  const raw = value.trim();
  if (raw === '') return { error: 'Enter the Issuer URL' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { error: 'Enter a full URL starting with https://, such as https://acme.okta.com' };
  }
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) {
    return { warning: 'Plain http is accepted only for a test provider on this computer.' };
  }
  if (url.protocol !== 'https:') return { error: 'The Issuer URL must start with https://' };
  if (url.username || url.password) return { error: 'The Issuer URL must not contain a user name or password' };
  if (/-admin\.(okta|oktapreview)\.com$/i.test(url.hostname)) {
    return {
      error: `This is the Okta admin console address. Use https://${url.hostname.replace(/-admin\./i, '.')} (without "-admin") instead.`,
    };
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
