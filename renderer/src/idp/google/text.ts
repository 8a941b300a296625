/** Google Workspace's step titles and pictures (plain data: the step list and the home screen read it). */
import type { IdpText } from '../text-types';

export const googleText = {
  createAppTitle: 'Create the OAuth client in Google Cloud',
  samlCreateAppTitle: 'Add the custom SAML app in Google Admin',
  pictures: {
    'createApp.createClient': ['google-create-client'],
    'configureApp.redirect': ['google-redirect-uri'],
    'credentials.clientCreated': ['google-client-created'],
    'credentials.audience': ['google-audience'],
    'saml.createApp.customSamlApp': ['google-saml-add-custom-app'],
    'saml.createApp.idpDetails': ['google-saml-idp-details'],
    'saml.configureApp.spDetails': ['google-saml-sp-details'],
    'saml.configureApp.userAccess': ['google-saml-user-access'],
    // The same screen: step 3 asks for what step 1's "Google Identity Provider details" showed.
    'saml.credentials.idpDetails': ['google-saml-idp-details'],
  },
} as const satisfies IdpText;
