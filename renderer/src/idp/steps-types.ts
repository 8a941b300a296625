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
