/**
 * What an IdP profile is: everything the app knows about one identity
 * provider (Okta, Microsoft Entra ID, Google Workspace) below the UI. Its
 * catalogue entries, how it reads that IdP's errors, the issuer forms it
 * accepts, its field shapes and claim quirks, its admin console's hosts.
 *
 * Profiles live in common/ (not main/core/idp/ as DESIGN.md first drew it):
 * the renderer needs the same issuer hints, field checks and role-preview
 * facts, and may import only common/. A profile is plain data and pure
 * functions that return classifications (a code and evidence), never a
 * Diagnosis: the catalogue spreads the profiles' codes, so a profile must not
 * import the catalogue back (common/idp/diagnose.ts turns classifications into
 * diagnoses).
 */
import type { CatalogueEntry } from '../diagnoses/catalogue-entry';

export type EvidenceValue = string | number | boolean | undefined;

/** An IdP error or quirk named with a catalogue code; `title`/`cause` replace the entry's for this occurrence. */
export interface Classification {
  code: string;
  evidence?: Record<string, EvidenceValue>;
  title?: string;
  cause?: string;
}

/** A page the login window landed on (an error page, or a 200 refusal page). */
export interface SeenPage {
  status: number;
  url: string;
  title: string;
  text: string;
}

/** What a page that ends the login says, every pattern required (precise: a sign-in page that merely mentions an error code must not match). */
export interface StopPageSignature {
  /** For tests and logs: "Microsoft's error page". */
  name: string;
  allOf: readonly RegExp[];
}

/** An OAuth error answered by the token endpoint. */
export interface TokenError {
  status: number;
  error: string;
  description: string;
}

/** What a profile's issuer rule makes of a pasted URL (already cleaned: no query, no /.well-known suffix, no trailing slash). */
export type IssuerRewrite =
  /** Another path (e.g. an endpoint path trimmed to the issuer), with a note for the check's detail line. */
  | { kind: 'path'; path: string; change: string }
  /** Not an issuer the Hub can use: the code says why, `suggestedIssuer` what to use instead. */
  | { kind: 'refuse'; code: string; evidence?: Record<string, EvidenceValue> };

export interface FieldHint {
  error?: string;
  warning?: string;
  suggestion?: string;
}

export interface IssuerInput {
  url: URL;
  /** The path after generic cleaning. */
  path: string;
  /** This profile is the configuration's (loopback test IdPs get its path rules too). */
  selected: boolean;
}

export interface IdpProfile {
  /** Stored in the configuration (`idpKind`). */
  id: string;
  /** "Microsoft Entra ID". */
  displayName: string;
  /** Where the admin works: "Microsoft Entra admin center". */
  consoleName: string;
  /** Where the admin works for a SAML app, when elsewhere (Google: the Admin console). */
  samlConsoleName?: string;
  /** Hosts of its admin console and documentation that "open in browser" may open (https only). */
  consoleHosts: readonly RegExp[];
  /** Its own catalogue entries; no code is defined by two profiles. */
  codes: Record<string, CatalogueEntry>;
  /** Shared codes worded for this IdP's console (e.g. where to find the Issuer URL). */
  wording?: Partial<Record<string, Partial<CatalogueEntry>>>;
  issuer: {
    /** An example issuer, for placeholders and messages. */
    example: string;
    /** The one issuer every tenant uses (Google), if any. */
    fixed?: string;
    /** Host- or shape-based rules run on every pasted issuer, whatever the profile (each fires only for its IdP's addresses). */
    rewrite?(input: IssuerInput): IssuerRewrite | undefined;
    /** A field hint (warning) for a pasted issuer, in the IdP's words; an error when it cannot work. */
    hint?(url: URL, selected: boolean): FieldHint | undefined;
    /** Discovery answered, but its `issuer` can never match a token's `iss` (Entra's `{tenantid}`). */
    discoveryProblem?(discoveryIssuer: string, entered: string): Classification | undefined;
  };
  fields: {
    /** A value pasted into the Client ID field that is not this IdP's client id: an error when it is surely another field's, else a warning. */
    clientId?(value: string): FieldHint | undefined;
    /** A value pasted into the secret field that cannot be this IdP's secret (e.g. an id). */
    secret?(value: string): FieldHint | undefined;
  };
  errors: {
    /** `error` / `error_description` at the redirect URI. */
    authorize?(error: string, description: string): Classification | undefined;
    /** An error page (HTTP >= 400) or a refusal page the login window landed on. */
    page?(page: SeenPage): Classification | undefined;
    /** The token endpoint's OAuth error; `probeDescription` is the HTTP Basic probe's answer, if any. */
    token?(posted: TokenError, probeDescription: string): Classification | undefined;
    /** A token error this IdP names for sure from its answer alone: no HTTP Basic probe is made. */
    tokenDecisive?(posted: TokenError): Classification | undefined;
  };
  /** How the IdP refuses embedded browsers on a page that may answer 200 (Google's /v3/signin/rejected). */
  embeddedRefusal?: { urls: readonly RegExp[]; texts: readonly RegExp[] };
  /**
   * Pages that end the login although served with HTTP 200 at an address the
   * sign-in page also uses (Microsoft's error page at the authorize URL): the
   * login window recognises them by their visible text. One signature matches
   * when every one of its patterns is found in the page's title + text.
   */
  stopPages?: readonly StopPageSignature[];
  claims?: {
    /** The ID token has no usable `email`: this IdP's own reason, if it can tell. */
    emailMissing?(claims: Record<string, unknown>): Classification | undefined;
    /** The groups claim is unusable in a way only this IdP produces (Entra's overage). */
    groupsProblem?(claims: Record<string, unknown>): Classification | undefined;
  };
  roleMapping: {
    /** False when the IdP's ID token never carries groups (Google). */
    groupsClaim: boolean;
    /** Whether "Request groups" adds the `groups` scope (Okta's custom servers need it; Entra and Google know no such scope). */
    groupsScope?: boolean;
    /** The sentence the role preview shows instead of "path missing" when groupsClaim is false. */
    noGroupsText?: string;
    /** How to make the IdP send the claim at `path` (shown when it is missing). */
    missingClaimFix?(path: string, issuer: string | undefined): string | undefined;
    /** Facts about the values a test login saw, worth showing beside the preview (e.g. GUID groups). */
    facts?(claims: Record<string, unknown>): string[];
  };
}
