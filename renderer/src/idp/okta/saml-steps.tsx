/** Okta's instructions for a SAML setup, in the Okta Admin Console's words (hub-docs docs/hub/security-sso-okta-saml.md). */
import type { IdpSamlSteps } from '../steps-types';
import { StepPictures } from '../StepPictures';
import { OpenOktaConsole } from './OpenOktaConsole';

const Pictures = ({ slot }: { slot: string }) => <StepPictures idp="okta" slot={slot} />;

export const oktaSamlSteps: IdpSamlSteps = {
  createApp: {
    lead: (
      <>
        Sign in to your Okta Admin Console as an administrator. You will create the SAML 2.0 application the Hub signs users
        in through. Nothing is changed in Okta by this assistant: you click, it explains.
      </>
    ),
    Console: OpenOktaConsole,
    Substeps: () => (
      <ol className="substeps">
        <li>
          <h2>Open Applications</h2>
          <p>
            In the Admin Console, open <strong>Applications → Applications</strong> and press <strong>Create App Integration</strong>.
          </p>
          <Pictures slot="saml.createApp.createIntegration" />
        </li>
        <li>
          <h2>Choose SAML 2.0</h2>
          <p>
            Select <strong>SAML 2.0</strong> as the sign-in method and press <strong>Next</strong>. On <strong>General Settings</strong>,
            give the app a name such as “Hugging Face” and press <strong>Next</strong>.
          </p>
          <Pictures slot="saml.createApp.samlApp" />
        </li>
      </ol>
    ),
    doneLabel: 'I created the SAML 2.0 app integration in Okta',
  },
  configureApp: {
    lead: (
      <>
        Okta posts its SAML response to the Hub’s <strong>Assertion Consumer Service URL</strong>, for the Hub’s <strong>SP Entity ID</strong>.
        The first is built from your organization’s identifier; copy the second from the Hub’s SSO settings (choose SAML there).
      </>
    ),
    acsLabel: 'Single sign-on URL',
    entityIdLabel: 'Audience URI (SP Entity ID)',
    Substeps: () => (
      <ol className="substeps">
        <li>
          <h2>Fill in SAML Settings</h2>
          <p>
            On <strong>Configure SAML</strong>, paste the ACS URL into <strong>Single sign-on URL</strong> (keep “Use this for Recipient
            URL and Destination URL” checked) and the SP Entity ID into <strong>Audience URI (SP Entity ID)</strong>. Set{' '}
            <strong>Name ID format</strong> to <strong>EmailAddress</strong> and <strong>Application username</strong> to{' '}
            <strong>Email</strong>.
          </p>
          <Pictures slot="saml.configureApp.samlSettings" />
        </li>
        <li>
          <h2>Sign the response and the assertion</h2>
          <p>
            Under <strong>Show Advanced Settings</strong>, check that <strong>Response</strong> and <strong>Assertion Signature</strong> are
            both <strong>Signed</strong>: the Hub refuses a response where either is unsigned. Press <strong>Next</strong>, then{' '}
            <strong>Finish</strong>.
          </p>
          <Pictures slot="saml.configureApp.signatures" />
        </li>
      </ol>
    ),
    doneLabel: 'I pasted the ACS URL and SP Entity ID and saved the app in Okta',
  },
  credentials: {
    lead: <>Bring Okta’s SAML details back here (its metadata carries all of them), check them, and run the login the Hub will run.</>,
    guideTitle: 'How to find these values in Okta',
    Guide: () => (
      <ol className="substeps substeps-compact">
        <li>
          <h2>Metadata, or the SSO URL and certificate</h2>
          <p>
            On the app’s <strong>Sign On</strong> tab, under <strong>SAML 2.0 → Metadata details</strong>, copy the{' '}
            <strong>Metadata URL</strong>. Or press <strong>More details</strong> and copy the <strong>Sign on URL</strong>, the{' '}
            <strong>Issuer</strong> and the <strong>Signing Certificate</strong>.
          </p>
          <Pictures slot="saml.credentials.signOn" />
        </li>
        <li>
          <h2>Assign yourself to the app</h2>
          <p>
            Under the app’s <strong>Assignments</strong> tab, assign the people (or a group including you) who will sign in.
          </p>
        </li>
      </ol>
    ),
    metadataHint: (
      <>
        Sign On tab → SAML 2.0 → Metadata details → <strong>Metadata URL</strong>.
      </>
    ),
    hasMetadataUrl: true,
    ssoUrlLabel: 'Sign on URL',
    certificateHint: (
      <>
        Sign On tab → More details → <strong>Signing Certificate</strong> → Copy (or Download), BEGIN and END lines included.
      </>
    ),
    issuerLabel: 'Issuer',
    loginNote: (
      <>
        A login window opens on your Okta sign-in page. Sign in as a user assigned to the app. Okta’s SAML response to the
        Hub is caught on this computer: nothing reaches huggingface.co.
      </>
    ),
  },
  enableSso: {
    appExists: 'The SAML 2.0 app exists in Okta (step 1).',
    acsSet: 'Its Single sign-on URL is the Hub’s ACS URL and its Audience URI is the Hub’s SP Entity ID (step 2).',
    accessLine: 'Everyone who needs access is assigned to the app in Okta.',
  },
};
