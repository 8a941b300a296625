/** Google Workspace's instructions for a SAML setup, in the Google Admin console's words (hub-docs docs/hub/security-sso-google-saml.md). */
import { OpenConsole } from '../OpenConsole';
import type { IdpSamlSteps } from '../steps-types';
import { StepPictures } from '../StepPictures';

const Pictures = ({ slot }: { slot: string }) => <StepPictures idp="google" slot={slot} />;

export const GOOGLE_ADMIN_CONSOLE_URL = 'https://admin.google.com/';

export const googleSamlSteps: IdpSamlSteps = {
  createApp: {
    lead: (
      <>
        Sign in to the Google Admin console as a super administrator. You will add the custom SAML app the Hub signs users in
        through. Nothing is changed in Google Workspace by this assistant.
      </>
    ),
    Console: () => <OpenConsole url={GOOGLE_ADMIN_CONSOLE_URL} name="Google Admin console" />,
    Substeps: () => (
      <ol className="substeps">
        <li>
          <h2>Add a custom SAML app</h2>
          <p>
            Open <strong>Apps → Web and mobile apps</strong>, press <strong>Add app</strong>, then <strong>Add custom SAML app</strong>. Give it
            an <strong>App name</strong> such as “Hugging Face” and press <strong>Continue</strong>.
          </p>
          <Pictures slot="saml.createApp.customSamlApp" />
        </li>
        <li>
          <h2>Keep Google’s IdP details</h2>
          <p>
            The next screen, <strong>Google Identity Provider details</strong>, shows the <strong>SSO URL</strong>, the{' '}
            <strong>Entity ID</strong> and the <strong>Certificate</strong>. Press <strong>Download metadata</strong> (you will give that file in
            step 3), then <strong>Continue</strong>.
          </p>
          <Pictures slot="saml.createApp.idpDetails" />
        </li>
      </ol>
    ),
    doneLabel: 'I added the custom SAML app and downloaded Google’s metadata',
  },
  configureApp: {
    lead: (
      <>
        Google posts its SAML response to the Hub’s <strong>Assertion Consumer Service URL</strong>, for the Hub’s <strong>SP Entity ID</strong>.
        Copy the SP Entity ID from the Hub’s SSO settings (choose SAML there).
      </>
    ),
    acsLabel: 'ACS URL',
    entityIdLabel: 'Entity ID',
    Substeps: () => (
      <ol className="substeps">
        <li>
          <h2>Service provider details</h2>
          <p>
            Paste the ACS URL into <strong>ACS URL</strong> and the SP Entity ID into <strong>Entity ID</strong>. Check{' '}
            <strong>Signed response</strong> (Google then signs the response as well as the assertion, as the Hub requires). Set{' '}
            <strong>Name ID format</strong> to <strong>EMAIL</strong> and <strong>Name ID</strong> to <strong>Basic Information › Primary email</strong>.
          </p>
          <Pictures slot="saml.configureApp.spDetails" />
        </li>
        <li>
          <h2>Attributes, then finish</h2>
          <p>
            On <strong>Attribute mapping</strong>, add the attributes role mapping will read (optional), press <strong>Finish</strong>, and turn
            the app <strong>ON</strong> for the people who will sign in under <strong>User access</strong> (it can take a few minutes to apply).
          </p>
          <Pictures slot="saml.configureApp.userAccess" />
        </li>
      </ol>
    ),
    doneLabel: 'I filled in the service provider details and finished the app in Google',
  },
  credentials: {
    lead: <>Give Google’s IdP metadata file here (it carries the SSO URL, entity ID and certificate), check it, and run the login the Hub will run.</>,
    guideTitle: 'How to find these values in Google Workspace',
    Guide: () => (
      <ol className="substeps substeps-compact">
        <li>
          <h2>IdP metadata, or the SSO URL and certificate</h2>
          <p>
            In the app, press <strong>Download metadata</strong> and give the file here. Or copy the <strong>SSO URL</strong>,{' '}
            <strong>Entity ID</strong> and <strong>Certificate</strong> from <strong>Google Identity Provider details</strong>.
          </p>
          <Pictures slot="saml.credentials.idpDetails" />
        </li>
      </ol>
    ),
    metadataHint: (
      <>
        The app’s <strong>Download metadata</strong> → IdP metadata (a file: Google publishes no metadata URL).
      </>
    ),
    hasMetadataUrl: false,
    ssoUrlLabel: 'SSO URL',
    certificateHint: (
      <>
        Google Identity Provider details → <strong>Certificate</strong>, BEGIN and END lines included.
      </>
    ),
    issuerLabel: 'Entity ID',
    loginNote: (
      <>
        A login window opens on Google’s sign-in page. Sign in as a user the app is ON for. Google’s SAML response to the
        Hub is caught on this computer: nothing reaches huggingface.co.
      </>
    ),
  },
  enableSso: {
    appExists: 'The custom SAML app exists in Google Workspace (step 1).',
    acsSet: 'Its ACS URL is the Hub’s ACS URL and its Entity ID is the Hub’s SP Entity ID (step 2).',
    accessLine: 'The app is ON for everyone who needs access (User access).',
  },
};
