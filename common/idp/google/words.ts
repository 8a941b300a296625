/** Where a Google Workspace admin finds things, as the Google Cloud console names them. */
export const GOOGLE_CLIENT = 'Google Cloud console → Google Auth Platform → Clients → your client';
export const GOOGLE_ISSUER = 'https://accounts.google.com';
/** Google's OAuth client ids: `<project number>-<32 letters>.apps.googleusercontent.com`. */
export const GOOGLE_CLIENT_ID = /^[0-9]+-[a-z0-9]+\.apps\.googleusercontent\.com$/;
/** Google's client secrets start with GOCSPX- (those created since 2021). */
export const GOOGLE_SECRET = /^GOCSPX-[A-Za-z0-9_-]{20,}$/;
