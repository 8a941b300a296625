/**
 * The setup illustrations: SVG mock-ups of the Okta and Hugging Face screens
 * the admin must touch, drawn for this app and bundled (no remote images).
 * Each picture marks what to click with an accent outline and a numbered
 * callout, carries a title and a description for assistive technology, and
 * follows the OS light/dark theme through illustrations.css.
 */
import type { JSX } from 'react';
import './illustrations.css';
import type { IllustrationProps } from './svg-parts';
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
  | 'hub-enable-sso';

export interface Illustration {
  /** Short name: the SVG's <title>, usable as a caption. */
  title: string;
  /** What the picture shows, for people who cannot see it: the SVG's <desc>. */
  alt: string;
  /** `decorative` hides the drawing from assistive technology (no title, no description). */
  Svg: (props: IllustrationProps) => JSX.Element;
}

export const illustrations: Record<IllustrationId, Illustration> = {
  'okta-admin-applications': { ...oktaAdminApplicationsText, Svg: OktaAdminApplications },
  'okta-create-app-integration': { ...oktaCreateAppIntegrationText, Svg: OktaCreateAppIntegration },
  'okta-oidc-web-app': { ...oktaOidcWebAppText, Svg: OktaOidcWebApp },
  'okta-general-settings-redirect': { ...oktaGeneralSettingsRedirectText, Svg: OktaGeneralSettingsRedirect },
  'okta-save-app': { ...oktaSaveAppText, Svg: OktaSaveApp },
  'okta-client-credentials': { ...oktaClientCredentialsText, Svg: OktaClientCredentials },
  'okta-issuer-url': { ...oktaIssuerUrlText, Svg: OktaIssuerUrl },
  'okta-assignments': { ...oktaAssignmentsText, Svg: OktaAssignments },
  'hub-sso-settings': { ...hubSsoSettingsText, Svg: HubSsoSettings },
  'hub-enable-sso': { ...hubEnableSsoText, Svg: HubEnableSso },
};

export type { IllustrationProps };

export const illustrationIds = Object.keys(illustrations) as IllustrationId[];
