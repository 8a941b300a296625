/**
 * The setup illustrations: SVG mock-ups of the Okta, Microsoft Entra, Google
 * Cloud, Google Admin and Hugging Face screens the admin must touch, drawn for this app and
 * bundled (no remote images).
 * Each picture marks what to click with an accent outline and a numbered
 * callout, carries a title and a description for assistive technology, and
 * shows the admin's own values (illustration-values.ts) once they are known.
 * Third-party consoles stay light; the Hub's screens follow the OS theme
 * (illustrations.css).
 */
import type { JSX } from 'react';
import './illustrations.css';
import type { IllustrationProps, IllustrationTheme } from './svg-parts';
import { shownValues, type IllustrationValues } from './illustration-values';
import { samlShownValues, type SamlShownValues } from './saml-shown-values';
import { OktaAdminApplications, oktaAdminApplicationsText } from './okta-admin-applications';
import { OktaCreateAppIntegration, oktaCreateAppIntegrationText } from './okta-create-app-integration';
import { OktaOidcWebApp, oktaOidcWebAppText } from './okta-oidc-web-app';
import { OktaGeneralSettingsRedirect, oktaGeneralSettingsRedirectText } from './okta-general-settings-redirect';
import { OktaSaveApp, oktaSaveAppText } from './okta-save-app';
import { OktaClientCredentials, oktaClientCredentialsText } from './okta-client-credentials';
import { OktaIssuerUrl, oktaIssuerUrlText } from './okta-issuer-url';
import { OktaAssignments, oktaAssignmentsText } from './okta-assignments';
import { HubSsoSettings, hubSsoSettingsText } from './hub-sso-settings';
import { HubEnableSso, hubEnableSsoText } from './hub-enable-sso';
import { EntraNewApplication, entraNewApplicationText } from './entra-new-application';
import { EntraRedirectUri, entraRedirectUriText } from './entra-redirect-uri';
import { EntraClientId, entraClientIdText } from './entra-client-id';
import { EntraClientSecret, entraClientSecretText } from './entra-client-secret';
import { EntraEndpoints, entraEndpointsText } from './entra-endpoints';
import { EntraTokenConfiguration, entraTokenConfigurationText } from './entra-token-configuration';
import { EntraAssignments, entraAssignmentsText } from './entra-assignments';
import { GoogleCreateClient, googleCreateClientText } from './google-create-client';
import { GoogleRedirectUri, googleRedirectUriText } from './google-redirect-uri';
import { GoogleClientCreated, googleClientCreatedText } from './google-client-created';
import { GoogleAudience, googleAudienceText } from './google-audience';
import { OktaSamlApp, oktaSamlAppText } from './okta-saml-app';
import { OktaSamlSettings, oktaSamlSettingsText } from './okta-saml-settings';
import { OktaSamlSignatures, oktaSamlSignaturesText } from './okta-saml-signatures';
import { OktaSamlSignOn, oktaSamlSignOnText } from './okta-saml-sign-on';
import { EntraSamlNewApplication, entraSamlNewApplicationText } from './entra-saml-new-application';
import { EntraSamlSingleSignOn, entraSamlSingleSignOnText } from './entra-saml-single-sign-on';
import { EntraSamlBasicConfig, entraSamlBasicConfigText } from './entra-saml-basic-config';
import { EntraSamlSigningOption, entraSamlSigningOptionText } from './entra-saml-signing-option';
import { EntraSamlSetUp, entraSamlSetUpText } from './entra-saml-set-up';
import { GoogleSamlAddCustomApp, googleSamlAddCustomAppText } from './google-saml-add-custom-app';
import { GoogleSamlIdpDetails, googleSamlIdpDetailsText } from './google-saml-idp-details';
import { GoogleSamlSpDetails, googleSamlSpDetailsText } from './google-saml-sp-details';
import { GoogleSamlUserAccess, googleSamlUserAccessText } from './google-saml-user-access';

export type IllustrationId =
  | 'okta-admin-applications'
  | 'okta-create-app-integration'
  | 'okta-oidc-web-app'
  | 'okta-general-settings-redirect'
  | 'okta-save-app'
  | 'okta-client-credentials'
  | 'okta-issuer-url'
  | 'okta-assignments'
  | 'hub-sso-settings'
  | 'hub-enable-sso'
  | 'entra-new-application'
  | 'entra-redirect-uri'
  | 'entra-client-id'
  | 'entra-client-secret'
  | 'entra-endpoints'
  | 'entra-token-configuration'
  | 'entra-assignments'
  | 'google-create-client'
  | 'google-redirect-uri'
  | 'google-client-created'
  | 'google-audience'
  | 'okta-saml-app'
  | 'okta-saml-settings'
  | 'okta-saml-signatures'
  | 'okta-saml-sign-on'
  | 'entra-saml-new-application'
  | 'entra-saml-single-sign-on'
  | 'entra-saml-basic-config'
  | 'entra-saml-signing-option'
  | 'entra-saml-set-up'
  | 'google-saml-add-custom-app'
  | 'google-saml-idp-details'
  | 'google-saml-sp-details'
  | 'google-saml-user-access';

export interface Illustration {
  /** Short name: the SVG's <title>, usable as a caption. */
  title: string;
  /** What the picture shows, with the admin's values, for people who cannot see it: the SVG's <desc>. */
  alt: (values: IllustrationValues) => string;
  /** Whose screen it is: a third-party console stays light, the Hub follows the OS theme. */
  theme: IllustrationTheme;
  /** `decorative` hides the drawing from assistive technology (no title, no description). */
  Svg: (props: IllustrationProps) => JSX.Element;
}

type PictureText = { title: string; alt: (shown: ReturnType<typeof shownValues>) => string };

function picture(text: PictureText, theme: IllustrationTheme, Svg: Illustration['Svg']): Illustration {
  return { title: text.title, alt: (values) => text.alt(shownValues(values)), theme, Svg };
}

type SamlPictureText = { title: string; alt: (shown: SamlShownValues) => string };

/** A SAML console picture: its description reads the SAML values (ACS URL, SP Entity ID, SSO URL). */
function samlPicture(text: SamlPictureText, Svg: Illustration['Svg']): Illustration {
  return { title: text.title, alt: (values) => text.alt(samlShownValues(values)), theme: 'third-party-light', Svg };
}

export const illustrations: Record<IllustrationId, Illustration> = {
  'okta-admin-applications': picture(oktaAdminApplicationsText, 'third-party-light', OktaAdminApplications),
  'okta-create-app-integration': picture(oktaCreateAppIntegrationText, 'third-party-light', OktaCreateAppIntegration),
  'okta-oidc-web-app': picture(oktaOidcWebAppText, 'third-party-light', OktaOidcWebApp),
  'okta-general-settings-redirect': picture(oktaGeneralSettingsRedirectText, 'third-party-light', OktaGeneralSettingsRedirect),
  'okta-save-app': picture(oktaSaveAppText, 'third-party-light', OktaSaveApp),
  'okta-client-credentials': picture(oktaClientCredentialsText, 'third-party-light', OktaClientCredentials),
  'okta-issuer-url': picture(oktaIssuerUrlText, 'third-party-light', OktaIssuerUrl),
  'okta-assignments': picture(oktaAssignmentsText, 'third-party-light', OktaAssignments),
  'hub-sso-settings': picture(hubSsoSettingsText, 'hub', HubSsoSettings),
  'hub-enable-sso': picture(hubEnableSsoText, 'hub', HubEnableSso),
  'entra-new-application': picture(entraNewApplicationText, 'third-party-light', EntraNewApplication),
  'entra-redirect-uri': picture(entraRedirectUriText, 'third-party-light', EntraRedirectUri),
  'entra-client-id': picture(entraClientIdText, 'third-party-light', EntraClientId),
  'entra-client-secret': picture(entraClientSecretText, 'third-party-light', EntraClientSecret),
  'entra-endpoints': picture(entraEndpointsText, 'third-party-light', EntraEndpoints),
  'entra-token-configuration': picture(entraTokenConfigurationText, 'third-party-light', EntraTokenConfiguration),
  'entra-assignments': picture(entraAssignmentsText, 'third-party-light', EntraAssignments),
  'google-create-client': picture(googleCreateClientText, 'third-party-light', GoogleCreateClient),
  'google-redirect-uri': picture(googleRedirectUriText, 'third-party-light', GoogleRedirectUri),
  'google-client-created': picture(googleClientCreatedText, 'third-party-light', GoogleClientCreated),
  'google-audience': picture(googleAudienceText, 'third-party-light', GoogleAudience),
  'okta-saml-app': picture(oktaSamlAppText, 'third-party-light', OktaSamlApp),
  'okta-saml-settings': picture(oktaSamlSettingsText, 'third-party-light', OktaSamlSettings),
  'okta-saml-signatures': picture(oktaSamlSignaturesText, 'third-party-light', OktaSamlSignatures),
  'okta-saml-sign-on': picture(oktaSamlSignOnText, 'third-party-light', OktaSamlSignOn),
  'entra-saml-new-application': picture(entraSamlNewApplicationText, 'third-party-light', EntraSamlNewApplication),
  'entra-saml-single-sign-on': picture(entraSamlSingleSignOnText, 'third-party-light', EntraSamlSingleSignOn),
  'entra-saml-basic-config': picture(entraSamlBasicConfigText, 'third-party-light', EntraSamlBasicConfig),
  'entra-saml-signing-option': picture(entraSamlSigningOptionText, 'third-party-light', EntraSamlSigningOption),
  'entra-saml-set-up': picture(entraSamlSetUpText, 'third-party-light', EntraSamlSetUp),
  'google-saml-add-custom-app': picture(googleSamlAddCustomAppText, 'third-party-light', GoogleSamlAddCustomApp),
  'google-saml-idp-details': samlPicture(googleSamlIdpDetailsText, GoogleSamlIdpDetails),
  'google-saml-sp-details': samlPicture(googleSamlSpDetailsText, GoogleSamlSpDetails),
  'google-saml-user-access': picture(googleSamlUserAccessText, 'third-party-light', GoogleSamlUserAccess),
};

export type { IllustrationProps, IllustrationTheme, IllustrationValues };

export const illustrationIds = Object.keys(illustrations) as IllustrationId[];
