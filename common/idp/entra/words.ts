/** Where an Entra admin finds things, as the Microsoft Entra admin center names them. */
export const ENTRA_APP = 'Microsoft Entra admin center → Identity → Applications → App registrations → your app';
export const ENTRA_ENTERPRISE_APP = 'Microsoft Entra admin center → Identity → Applications → Enterprise applications → your app';

/** A GUID: Entra's Application (client) IDs, tenant ids, Secret IDs and group object ids. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Microsoft's sign-in hosts (public cloud, US Government, China, and the legacy alias). */
export const MICROSOFT_LOGIN_HOST = /^(login\.microsoftonline\.com|login\.microsoftonline\.us|login\.partner\.microsoftonline\.cn|login\.windows\.net)$/;
/** The v1.0 token issuer's host: `https://sts.windows.net/<tenant>/`. */
export const V1_ISSUER_HOST = /^(sts\.windows\.net|sts\.chinacloudapi\.cn)$/;
/** Multi-tenant authorities: their discovery issuer holds `{tenantid}`. */
export const TENANT_PLACEHOLDERS = new Set(['common', 'organizations', 'consumers']);

/** `AADSTS50011: The redirect URI ...` → "50011". */
export function aadstsNumber(text: string): string | undefined {
  return /\bAADSTS(\d{5,7})\b/.exec(text)?.[1];
}
