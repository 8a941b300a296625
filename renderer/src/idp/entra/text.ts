/** Microsoft Entra ID's step titles and pictures (plain data: the step list and the home screen read it). */
import type { IdpText } from '../text-types';

export const entraText = {
  createAppTitle: 'Register the app in Microsoft Entra ID',
  samlCreateAppTitle: 'Create the enterprise app in Microsoft Entra ID',
  pictures: {
    'createApp.newApplication': ['entra-new-application'],
    'configureApp.redirect': ['entra-redirect-uri'],
    'configureApp.assignments': ['entra-assignments'],
    'credentials.clientId': ['entra-client-id'],
    'credentials.secret': ['entra-client-secret'],
    'credentials.issuer': ['entra-endpoints'],
    'credentials.email': ['entra-token-configuration'],
    'saml.createApp.newApplication': ['entra-saml-new-application'],
    'saml.createApp.singleSignOn': ['entra-saml-single-sign-on'],
    'saml.configureApp.basicSaml': ['entra-saml-basic-config'],
    'saml.configureApp.signingOption': ['entra-saml-signing-option'],
    'saml.credentials.setUp': ['entra-saml-set-up'],
  },
} as const satisfies IdpText;
