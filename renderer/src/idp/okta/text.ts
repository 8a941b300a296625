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
    'saml.createApp.createIntegration': ['okta-create-app-integration'],
    'saml.createApp.samlApp': ['okta-saml-app'],
    'saml.configureApp.samlSettings': ['okta-saml-settings'],
    'saml.configureApp.signatures': ['okta-saml-signatures'],
    'saml.credentials.signOn': ['okta-saml-sign-on'],
  },
} as const satisfies IdpText;
