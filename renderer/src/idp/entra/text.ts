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
  },
} as const satisfies IdpText;
