/**
 * The only links the app opens in the user's browser: https, on Hugging Face,
 * and the admin consoles and documentation of the IdP profiles (Okta,
 * Microsoft Entra ID, Google Workspace: each profile lists its own hosts).
 * Everything else is refused.
 */
import { idpProfiles } from '../../../common/idp/profiles';

const ALLOWED_HOSTS: readonly RegExp[] = [/^huggingface\.co$/, ...idpProfiles.flatMap((p) => p.consoleHosts)];

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  return ALLOWED_HOSTS.some((re) => re.test(url.hostname));
}
