/**
 * How close a client secret is to its recorded expiry date (Entra secrets
 * expire after 6 to 24 months; logins stop that day). Pure: the home card and
 * the evidence report both show it ahead of time.
 */

export type SecretExpiry =
  | { state: 'unknown' }
  | { state: 'ok' | 'soon' | 'expired'; expiresOn: string; daysLeft: number; text: string };

/** From this many days ahead the expiry is worth a warning. */
export const SECRET_EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * `expiresOn` is a YYYY-MM-DD day (the IdP's "Expires"); the secret works
 * through that day in UTC and stops at its end. `nowMs` is the clock.
 */
export function secretExpiry(expiresOn: string | undefined, nowMs: number): SecretExpiry {
  if (!expiresOn || !/^\d{4}-\d{2}-\d{2}$/.test(expiresOn)) return { state: 'unknown' };
  const endOfDay = Date.parse(`${expiresOn}T00:00:00Z`) + DAY_MS;
  if (Number.isNaN(endOfDay)) return { state: 'unknown' };
  const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
  const daysLeft = Math.round((endOfDay - DAY_MS - today) / DAY_MS);
  if (nowMs >= endOfDay) {
    const ago = -daysLeft;
    return { state: 'expired', expiresOn, daysLeft, text: ago === 0 ? `expired today (${expiresOn})` : `expired ${ago} day${ago === 1 ? '' : 's'} ago (${expiresOn})` };
  }
  const text = daysLeft === 0 ? `expires today (${expiresOn})` : `expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'} (${expiresOn})`;
  return { state: daysLeft <= SECRET_EXPIRY_WARNING_DAYS ? 'soon' : 'ok', expiresOn, daysLeft, text };
}
