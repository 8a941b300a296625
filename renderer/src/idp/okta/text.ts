/** Okta's step titles and pictures (plain data: the step list and the home screen read it). */
import type { IdpText } from '../text-types';

export const oktaText = {
  createAppTitle: 'Create the app in Okta',
  samlCreateAppTitle: 'Create the SAML app in Okta',
  pictures: {
    'createApp.applications': ['okta-admin-applications'],
    'createApp.createIntegration': ['okta-create-app-integration'],
    'createApp.oidcWebApp': ['okta-oidc-web-app'],
    'configureApp.redirect': ['okta-general-settings-redirect'],
    'configureApp.save': ['okta-save-app'],
    'credentials.clientCredentials': ['okta-client-credentials'],
    'credentials.issuer': ['okta-issuer-url'],
    'credentials.assignments': ['okta-assignments'],
  },
} as const satisfies IdpText;
