/** Where an Okta admin finds their app, as the console names it. */
export const OKTA_APP = 'Okta Admin Console → Applications → Applications → your app';
