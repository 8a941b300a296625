/**
 * The only links the app opens in the user's browser: https, on Hugging Face,
 * Okta and their documentation. Everything else is refused.
 */
const ALLOWED_HOSTS = [/^huggingface\.co$/, /^[a-z0-9-]+\.okta\.com$/, /^[a-z0-9-]+\.oktapreview\.com$/, /^help\.okta\.com$/, /^developer\.okta\.com$/];

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
