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
  },
} as const satisfies IdpText;
