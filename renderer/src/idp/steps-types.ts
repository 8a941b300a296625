import type { JSX, ReactNode } from 'react';

/**
 * What a profile's renderer folder gives the four step screens: the
 * instructions in its console's words (the screens keep the fields, checks
 * and tests, which are the same for every IdP).
 */
export interface IdpSteps {
  createApp: {
    lead: ReactNode;
    /** "Open your console": Okta's asks for the domain; the others open a fixed address. */
    Console: () => JSX.Element;
    Substeps: () => JSX.Element;
    doneLabel: string;
  };
  configureApp: {
    lead: ReactNode;
    /** What the IdP calls the redirect URI, over its value box. */
    redirectLabel: string;
    Substeps: () => JSX.Element;
    doneLabel: string;
  };
  credentials: {
    lead: ReactNode;
    guideTitle: string;
    Guide: () => JSX.Element;
    /** The client secret field's first hint sentence: where the secret is. */
    secretHint: ReactNode;
    /** Ask for the secret's expiry day (Entra's secrets expire; the home card warns ahead of time). */
    asksSecretExpiry?: boolean;
    /** Under the Issuer URL field. */
    issuerHint: string;
    /** Under "Test login": where the login window goes. */
    loginNote: ReactNode;
  };
  enableSso: {
    /** The checklist's first line (step 1). */
    appExists: string;
    /** The checklist's second line (step 2). */
    redirectSet: string;
    /** The checklist's "who has access" line, on the IdP side. */
    accessLine: string;
  };
}

/**
 * The same four steps for a SAML configuration, in the IdP console's words: the IdP app is a SAML 2.0 app,
 * step 2 pastes the Hub's ACS URL and SP Entity ID into it, step 3 brings back its SSO URL and certificate
 * (or its metadata) and runs the SAML test login.
 */
export interface IdpSamlSteps {
  createApp: IdpSteps['createApp'];
  configureApp: {
    lead: ReactNode;
    /** What the IdP calls the Hub's ACS URL (Okta "Single sign-on URL", Entra "Reply URL", Google "ACS URL"). */
    acsLabel: string;
    /** What the IdP calls the SP Entity ID (Okta "Audience URI (SP Entity ID)", Entra "Identifier (Entity ID)", Google "Entity ID"). */
    entityIdLabel: string;
    Substeps: () => JSX.Element;
    doneLabel: string;
  };
  credentials: {
    lead: ReactNode;
    guideTitle: string;
    Guide: () => JSX.Element;
    /** Where the IdP offers its metadata (a URL, or a file to download). */
    metadataHint: ReactNode;
    /** Whether the IdP publishes a metadata URL (Google offers a file only). */
    hasMetadataUrl: boolean;
    /** What the IdP calls its SSO URL (the Hub's "Sign-on URL"). */
    ssoUrlLabel: string;
    /** Under the certificate field: where to download it. */
    certificateHint: ReactNode;
    /** What the IdP calls its entity ID (the Hub's optional "Issuer"). */
    issuerLabel: string;
    /** Under "Test login": where the login window goes. */
    loginNote: ReactNode;
  };
  enableSso: {
    appExists: string;
    acsSet: string;
    accessLine: string;
  };
}
