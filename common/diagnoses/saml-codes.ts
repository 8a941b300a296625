/**
 * Diagnosis codes: a SAML 2.0 test login against the Hub's Assertion Consumer Service (ACS) — the IdP
 * certificate pasted in PEM, the IdP metadata, and every check of the SAML Response the Hub makes
 * (main/core/saml/). Part of the catalogue (catalogue.ts). Each fix names the setting in the admin console
 * of Okta, Microsoft Entra ID and Google Workspace. Codes are stable: admins search for them. Add, never rename.
 *
 * Evidence never quotes the raw SAMLResponse nor an assertion: only the values found vs expected, emails redacted.
 */
import type { CatalogueEntry } from './catalogue-entry';

/** Where each IdP keeps its SAML app's settings, as its admin console names them. */
const OKTA_SAML_SETTINGS = 'Okta: Admin Console → Applications → Applications → your SAML app → General → SAML Settings → Edit';
const ENTRA_BASIC_SAML = 'Entra ID: Microsoft Entra admin center → Enterprise applications → your app → Single sign-on → Basic SAML Configuration → Edit';
const GOOGLE_SP_DETAILS = 'Google Workspace: Admin console → Apps → Web and mobile apps → your SAML app → Service provider details';

export const samlCodes = {
  SAML_CERT_NOT_PEM: {
    title: 'The IdP certificate is missing its BEGIN/END lines',
    cause: 'The Hub wants the IdP’s public certificate in PEM form: "-----BEGIN CERTIFICATE-----", the base64 text, "-----END CERTIFICATE-----". The pasted text has no such lines.',
    fix: [
      'Paste the whole certificate, BEGIN and END lines included (open the downloaded .cer/.pem file in a text editor and copy all of it).',
      'Okta: Sign On tab → SAML Signing Certificates → the Active one → Actions → Download certificate.',
      'Entra ID: Single sign-on → SAML Certificates → Certificate (Base64) → Download.',
      'Google Workspace: Apps → Web and mobile apps → your SAML app → Download metadata → Certificate (or the Google Identity Provider details screen).',
    ],
  },
  SAML_CERT_NOT_A_CERTIFICATE: {
    title: 'The pasted text is not an X.509 certificate',
    cause: 'The BEGIN/END lines are there, but what they hold is not a certificate the signatures can be checked with (another PEM type, or base64 that does not decode to a certificate).',
    fix: [
      'Paste the IdP’s signing certificate ("-----BEGIN CERTIFICATE-----"), not a public key, a request (CSR) or the metadata.',
      'Okta: Sign On tab → SAML Signing Certificates → Actions → Download certificate. Entra ID: SAML Certificates → Certificate (Base64). Google Workspace: Google Identity Provider details → Certificate.',
    ],
  },
  SAML_CERT_IS_PRIVATE_KEY: {
    title: 'A private key was pasted instead of the certificate',
    cause: 'The pasted text is a PRIVATE KEY. The Hub needs the IdP’s public certificate; the private key is the IdP’s secret and must never leave it. It was not saved.',
    fix: [
      'Paste the certificate ("-----BEGIN CERTIFICATE-----") instead.',
      'If this key really is the key your IdP signs with, treat it as leaked: create a new signing certificate in the IdP (Okta: SAML Signing Certificates → Generate new certificate; Entra ID: SAML Certificates → Edit → New Certificate; Google Workspace: Manage certificates → Add certificate) and make it active.',
    ],
  },
  SAML_CERT_EXPIRED: {
    title: 'The IdP signing certificate has expired',
    cause: 'The certificate’s "not after" date has passed. The Hub’s guides do not say whether it still accepts responses signed with an expired certificate; do not rely on it: renew it before enabling SSO.',
    fix: [
      'Okta: Sign On tab → SAML Signing Certificates → Generate new certificate → Actions → Activate, then paste the new certificate in the Hub.',
      'Entra ID: Single sign-on → SAML Certificates → Edit → New Certificate → Save → "Make certificate active", then download Certificate (Base64) and paste it in the Hub.',
      'Google Workspace: Apps → Web and mobile apps → your SAML app → Manage certificates → Add certificate, then paste the new one in the Hub.',
    ],
  },
  SAML_CERT_EXPIRES_SOON: {
    title: 'The IdP signing certificate expires soon',
    cause: 'The certificate still works, but its "not after" date is near: when the IdP rotates it, or a check honours the date, SAML logins stop until the new certificate is pasted in the Hub. Renew it ahead of time.',
    fix: [
      'Okta: Sign On tab → SAML Signing Certificates → Generate new certificate; activate it and paste it in the Hub the same day.',
      'Entra ID: Single sign-on → SAML Certificates → Edit → New Certificate; "Make certificate active" and paste it in the Hub the same day (Entra also e-mails the "Notification Email" addresses before expiry).',
      'Google Workspace: Apps → Web and mobile apps → your SAML app → Manage certificates → Add certificate; switch and paste it in the Hub the same day.',
    ],
  },
  SAML_CERT_NOT_YET_VALID: {
    title: 'The IdP signing certificate is not valid yet',
    cause: 'The certificate’s "not before" date lies in the future by this computer’s clock: a clock is wrong, or the certificate was pasted before its start.',
    fix: ['Check this computer’s date and time (turn on automatic time).', 'Or wait for the certificate’s start date, or activate the currently valid one in the IdP.'],
  },
  SAML_SSO_URL_INVALID: {
    title: 'The IdP’s SSO URL is not an https address',
    cause: 'The Hub sends its users to the IdP’s single sign-on URL; the value given is not a URL, or not an https one.',
    fix: [
      'Okta: Sign On tab → SAML 2.0 → "Metadata details" (or View SAML setup instructions) → Identity Provider Single Sign-On URL.',
      'Entra ID: Single sign-on → "Set up <your app>" → Login URL.',
      'Google Workspace: Apps → Web and mobile apps → your SAML app → Google Identity Provider details → SSO URL.',
      'Or read the IdP metadata, which carries it.',
    ],
  },
  SAML_METADATA_UNREACHABLE: {
    title: 'The IdP metadata URL could not be fetched',
    cause: 'The request for the metadata document failed before any answer (the layer and host are in the cause of each occurrence).',
    fix: [
      'Copy the URL again from the IdP: Okta: Sign On tab → SAML 2.0 → "Metadata details" → Metadata URL; Entra ID: Single sign-on → SAML Certificates → App Federation Metadata Url; Google Workspace offers no URL: download the IdP metadata file instead.',
      'Open the URL in your browser: it must show an XML document starting with <EntityDescriptor>.',
      'Or give the metadata file, or enter the SSO URL and paste the certificate instead.',
    ],
  },
  SAML_METADATA_INVALID: {
    title: 'The IdP metadata cannot be used',
    cause: 'The metadata document is not SAML 2.0 IdP metadata with an entity ID, a single sign-on URL and a signing certificate (details in the evidence).',
    fix: [
      'Okta: Sign On tab → SAML 2.0 → "Metadata details" → Metadata URL (or Actions → View IdP metadata).',
      'Entra ID: Single sign-on → SAML Certificates → Federation Metadata XML → Download (or App Federation Metadata Url).',
      'Google Workspace: Apps → Web and mobile apps → your SAML app → Download metadata → IdP metadata.',
      'Or enter the SSO URL and paste the certificate instead.',
    ],
  },
  SAML_RESPONSE_UNREADABLE: {
    title: 'The IdP’s answer is not a SAML Response',
    cause: 'What the identity provider posted to the ACS is not base64 of a SAML 2.0 Response document (details in the evidence).',
    fix: [
      'Check that the IdP app is a SAML 2.0 app whose ACS / Single sign-on URL is the Hub’s ACS URL.',
      'If a proxy or a browser extension changes form posts, try without it.',
    ],
  },
  SAML_RESPONSE_UNSIGNED: {
    title: 'The SAML Response is not signed',
    cause: 'The Hub requires both the Response and the Assertion to be signed. The Response element carries no signature (the evidence says whether the Assertion is signed).',
    fix: [
      'Okta: General → SAML Settings → Edit → Show Advanced Settings → Response: "Signed" (and Assertion Signature: "Signed").',
      'Entra ID: Single sign-on → SAML Certificates → Edit → Signing Option: "Sign SAML response and assertion".',
      'Google Workspace: Apps → Web and mobile apps → your SAML app → Service provider details → check "Signed response".',
    ],
  },
  SAML_ASSERTION_UNSIGNED: {
    title: 'The SAML Assertion is not signed',
    cause: 'The Hub requires both the Response and the Assertion to be signed. The Assertion carries no signature of its own (the evidence says whether the Response is signed).',
    fix: [
      'Okta: General → SAML Settings → Edit → Show Advanced Settings → Assertion Signature: "Signed" (and Response: "Signed").',
      'Entra ID: Single sign-on → SAML Certificates → Edit → Signing Option: "Sign SAML response and assertion".',
      'Google Workspace: Apps → Web and mobile apps → your SAML app → Service provider details → check "Signed response" (Google signs the assertion itself).',
    ],
  },
  SAML_SIGNED_WITH_OTHER_CERTIFICATE: {
    title: 'The response is signed with another certificate',
    cause: 'The signature is intact, but it was made with a certificate other than the one pasted: the Hub will refuse it. Usually the IdP rotated its certificate, or the certificate of another app or environment was pasted.',
    fix: [
      'Compare the fingerprints in the evidence and paste the certificate the IdP signs with now.',
      'Okta: Sign On tab → SAML Signing Certificates → the one marked Active → Actions → Download certificate.',
      'Entra ID: Single sign-on → SAML Certificates → Certificate (Base64) → Download (the active one; check its Thumbprint).',
      'Google Workspace: Apps → Web and mobile apps → your SAML app → Manage certificates → the certificate in use → Download.',
    ],
  },
  SAML_SIGNATURE_INVALID: {
    title: 'A signature in the response does not verify',
    cause: 'A signature is present but does not match the signed content, with the pasted certificate or the one the signature names: the response was changed after it was signed. The Hub will refuse it.',
    fix: [
      'Run the test again without any proxy, browser extension or tool that rewrites form posts.',
      'If it repeats, report it to your IdP administrator: someone or something is altering SAML responses.',
    ],
  },
  SAML_SIGNATURE_WRAPPING: {
    title: 'XML signature wrapping refused',
    cause: 'The response is shaped like a signature-wrapping attack: an unsigned or moved assertion next to a signed one, or a signature that does not sign the element it sits in (the shape is in the evidence). Accepting it would let someone log in as another user; the Hub refuses it, and so does this test.',
    fix: [
      'Genuine Okta, Entra ID and Google Workspace responses never look like this. Run the test again without any proxy or tool that rewrites form posts.',
      'If it repeats, treat it as an attack on your SSO: tell your security team, and do not enable SSO until it is explained.',
    ],
  },
  SAML_COMMENT_INJECTION: {
    title: 'A comment inside a signed value refused',
    cause: 'An XML comment sits inside the NameID, Issuer or an attribute value. Signatures ignore comments, so a reader that stops at the comment sees another identity (the advisory CVE-2017-11427 family). Genuine IdPs never send this; it is refused.',
    fix: [
      'Run the test again without any proxy or tool that rewrites form posts.',
      'If it repeats, treat it as an attack on your SSO and tell your security team.',
    ],
  },
  SAML_ASSERTION_ENCRYPTED: {
    title: 'The assertion is encrypted',
    cause: 'The IdP encrypted the assertion. The Hub gives the IdP no encryption certificate, so it cannot read an encrypted assertion.',
    fix: [
      'Okta: General → SAML Settings → Edit → Show Advanced Settings → Assertion Encryption: "Unencrypted".',
      'Entra ID: Enterprise applications → your app → Security → Token encryption: deactivate the certificate.',
      'Google Workspace: custom SAML apps do not encrypt; check that the app is the one you set up for the Hub.',
    ],
  },
  SAML_ISSUER_MISMATCH: {
    title: 'The response comes from another issuer',
    cause: 'The Issuer in the response differs from the IdP entity ID (Issuer) entered: the Hub compares them when the Issuer is filled in.',
    fix: [
      'Okta: Sign On tab → "View SAML setup instructions" → Identity Provider Issuer (http://www.okta.com/exk…).',
      'Entra ID: Single sign-on → "Set up <app>" → Microsoft Entra Identifier (https://sts.windows.net/<tenant-id>/).',
      'Google Workspace: Google Identity Provider details → Entity ID (https://accounts.google.com/o/saml2?idpid=…).',
      'Copy it exactly into the Issuer field (it is optional on the Hub: leave it empty rather than wrong).',
    ],
  },
  SAML_AUDIENCE_MISMATCH: {
    title: 'The assertion is meant for another service provider (Audience)',
    cause: 'The assertion’s Audience is not the Hub’s SP Entity ID: the Hub will refuse it.',
    fix: [
      'Copy the SP Entity ID from the Hub’s SSO settings page exactly.',
      `${OKTA_SAML_SETTINGS} → Audience URI (SP Entity ID).`,
      `${ENTRA_BASIC_SAML} → Identifier (Entity ID) (make it the default one).`,
      `${GOOGLE_SP_DETAILS} → Entity ID.`,
    ],
  },
  SAML_RECIPIENT_MISMATCH: {
    title: 'The assertion is addressed to another URL (Recipient)',
    cause: 'The assertion’s SubjectConfirmationData Recipient is not the Hub’s Assertion Consumer Service URL: the Hub will refuse it.',
    fix: [
      'The Hub’s ACS URL is https://huggingface.co/organizations/<org>/saml/consume (shown in its SSO settings).',
      `${OKTA_SAML_SETTINGS} → Single sign-on URL, with "Use this for Recipient URL and Destination URL" checked (or Recipient URL under Show Advanced Settings).`,
      `${ENTRA_BASIC_SAML} → Reply URL (Assertion Consumer Service URL), marked Default.`,
      `${GOOGLE_SP_DETAILS} → ACS URL.`,
    ],
  },
  SAML_DESTINATION_MISMATCH: {
    title: 'The response is addressed to another URL (Destination)',
    cause: 'The Response’s Destination is not the Hub’s Assertion Consumer Service URL: the Hub will refuse it.',
    fix: [
      'The Hub’s ACS URL is https://huggingface.co/organizations/<org>/saml/consume (shown in its SSO settings).',
      `${OKTA_SAML_SETTINGS} → Single sign-on URL, with "Use this for Recipient URL and Destination URL" checked (or Destination URL under Show Advanced Settings).`,
      `${ENTRA_BASIC_SAML} → Reply URL (Assertion Consumer Service URL), marked Default.`,
      `${GOOGLE_SP_DETAILS} → ACS URL.`,
    ],
  },
  SAML_DESTINATION_MISSING: {
    title: 'The response names no Destination',
    cause: 'A signed SAML Response should carry the ACS URL in its Destination attribute. It passed this test, but a stricter check refuses it.',
    fix: [`${OKTA_SAML_SETTINGS} → Show Advanced Settings → Destination URL: the Hub’s ACS URL.`, 'Entra ID and Google Workspace always send it: check that the answer comes from the app you set up.'],
  },
  SAML_IN_RESPONSE_TO_MISMATCH: {
    title: 'The response does not answer this test’s request (InResponseTo)',
    cause: 'The Response’s InResponseTo is not the ID of the AuthnRequest this test sent: it answers another request, is a replay, or was started from the IdP’s dashboard (IdP-initiated, no InResponseTo).',
    fix: [
      'Start the test from this app (not from the Okta dashboard, My Apps or the Google app launcher) and finish it in the window it opens.',
      'If it repeats, the IdP is not answering the request it was sent: check that the SSO URL is the one of this app.',
    ],
  },
  SAML_EXPIRED: {
    title: 'The assertion has already expired',
    cause: 'The assertion’s NotOnOrAfter lies in the past by this computer’s clock (how far is in the evidence): the clock of this computer or of the IdP is wrong, or the response is old (a replay).',
    fix: ['Check this computer’s date, time and time zone (turn on automatic time), then test again.', 'If the clocks are right, the response was held back: test again and finish the sign-in promptly.'],
  },
  SAML_NOT_YET_VALID: {
    title: 'The assertion is not valid yet',
    cause: 'The assertion’s NotBefore lies ahead of this computer’s clock (how far is in the evidence): a clock is wrong.',
    fix: ['Turn on automatic date and time on this computer, then test again.', 'If this computer is right, the IdP’s clock is ahead: tell your IdP administrator.'],
  },
  SAML_CLOCK_SKEW: {
    title: 'Clocks disagree',
    cause: 'The response was issued ahead of this computer’s clock. It passed, but such skew causes intermittent SAML login failures.',
    fix: ['Turn on automatic date and time on this computer.'],
  },
  SAML_NAMEID_NOT_EMAIL: {
    title: 'The NameID is not an email address',
    cause: 'The Hub identifies SAML users by the NameID, in the EmailAddress format. This response’s NameID is missing or not an email, so the Hub cannot match the user.',
    fix: [
      `${OKTA_SAML_SETTINGS} → Name ID format: EmailAddress, Application username: Email.`,
      'Entra ID: Single sign-on → Attributes & Claims → Edit → Unique User Identifier (Name ID) → Name identifier format: Email address, Source attribute: user.mail (or user.userprincipalname if that is the email).',
      `${GOOGLE_SP_DETAILS} → Name ID format: EMAIL, Name ID: Basic Information > Primary email.`,
    ],
  },
  SAML_NAMEID_FORMAT_NOT_EMAIL: {
    title: 'The NameID format is not EmailAddress',
    cause: 'The NameID holds an email, but its Format is not urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress, which the Hub’s guide asks for.',
    fix: [
      `${OKTA_SAML_SETTINGS} → Name ID format: EmailAddress.`,
      'Entra ID: Single sign-on → Attributes & Claims → Unique User Identifier (Name ID) → Name identifier format: Email address.',
      `${GOOGLE_SP_DETAILS} → Name ID format: EMAIL.`,
    ],
  },
  SAML_STATUS_REQUESTER: {
    title: 'The IdP refused the request (Requester)',
    cause: 'The identity provider answered with status Requester: it found something wrong in the request the Hub sends — usually the SP Entity ID or the ACS URL it does not know (its own message is in the evidence).',
    fix: [
      `${OKTA_SAML_SETTINGS}: Audience URI (SP Entity ID) and Single sign-on URL must be exactly the Hub’s.`,
      `${ENTRA_BASIC_SAML}: Identifier (Entity ID) and Reply URL must be exactly the Hub’s.`,
      `${GOOGLE_SP_DETAILS}: Entity ID and ACS URL must be exactly the Hub’s.`,
    ],
  },
  SAML_STATUS_RESPONDER: {
    title: 'The IdP could not complete the sign-in (Responder)',
    cause: 'The identity provider answered with status Responder: the failure is on its side — often the user is not assigned to the app, or an attribute or claim cannot be built (its own message is in the evidence).',
    fix: [
      'Okta: Applications → your SAML app → Assignments → Assign → the user or a group; check the attribute statements on the SAML Settings page.',
      'Entra ID: Enterprise applications → your app → Users and groups → Add user/group; check Attributes & Claims for claims without a value.',
      'Google Workspace: Apps → Web and mobile apps → your SAML app → User access → ON for the user’s organizational unit or group (changes can take a few minutes).',
    ],
  },
  SAML_STATUS_AUTHN_FAILED: {
    title: 'The IdP could not authenticate the user (AuthnFailed)',
    cause: 'The identity provider answered with status AuthnFailed: the user did not complete the sign-in (wrong password, a refused MFA prompt, or a sign-in policy).',
    fix: [
      'Test again and complete every sign-in step, MFA included.',
      'Okta: Security → Authentication Policies → the app’s policy; Reports → System Log for the user’s failed sign-in.',
      'Entra ID: Sign-in logs (Monitoring) for the user’s failure reason and Conditional Access policy.',
      'Google Workspace: Reporting → Audit and investigation → SAML log events.',
    ],
  },
  SAML_STATUS_NO_PASSIVE: {
    title: 'The IdP could not sign in silently (NoPassive)',
    cause: 'The identity provider answered with status NoPassive: it needs the user to interact, and the request did not allow that. The Hub’s login and this test both let the user sign in.',
    fix: ['Test again and sign in in the window that opens.', 'If it repeats, the IdP treats the request as passive: check the app’s sign-on policy (Okta: Authentication Policies; Entra ID: Conditional Access; Google Workspace: session controls).'],
  },
  SAML_STATUS_INVALID_NAMEID_POLICY: {
    title: 'The IdP cannot send an email NameID (InvalidNameIDPolicy)',
    cause: 'The request asks for the NameID format EmailAddress, as the Hub’s does; the identity provider answered InvalidNameIDPolicy: its app is set to another format.',
    fix: [
      `${OKTA_SAML_SETTINGS} → Name ID format: EmailAddress.`,
      'Entra ID: Single sign-on → Attributes & Claims → Unique User Identifier (Name ID) → Name identifier format: Email address.',
      `${GOOGLE_SP_DETAILS} → Name ID format: EMAIL.`,
    ],
  },
  SAML_STATUS_ERROR: {
    title: 'The IdP answered with an error status',
    cause: 'The SAML Response’s status is not Success (the status codes and the IdP’s own message are in the evidence).',
    fix: ['Read the IdP’s message in the evidence; the IdP’s sign-in log (Okta System Log, Entra ID Sign-in logs, Google Workspace SAML log events) says more.'],
  },
  SAML_RESPONSE_REFUSED: {
    title: 'The SAML Response was refused',
    cause: 'The response failed a check of the SAML library the test relies on that none of the specific checks explains (its message is in the evidence). The Hub would refuse it too.',
    fix: ['Read the message in the evidence and compare the IdP app’s SAML settings with the Hub’s SSO settings.'],
  },
} as const satisfies Record<string, CatalogueEntry>;
