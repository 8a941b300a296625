/** Microsoft Entra ID's instructions for a SAML setup, in the Entra admin center's words (hub-docs docs/hub/security-sso-azure-saml.md). */
import { OpenConsole } from '../OpenConsole';
import type { IdpSamlSteps } from '../steps-types';
import { StepPictures } from '../StepPictures';
import { ENTRA_CONSOLE_URL } from './steps';

const Pictures = ({ slot }: { slot: string }) => <StepPictures idp="entra" slot={slot} />;

export const entraSamlSteps: IdpSamlSteps = {
  createApp: {
    lead: (
      <>
        Sign in to the Microsoft Entra admin center as an administrator who may create enterprise applications. You will
        create the application the Hub signs users in through with SAML. Nothing is changed in Entra by this assistant.
      </>
    ),
    Console: () => <OpenConsole url={ENTRA_CONSOLE_URL} name="Microsoft Entra admin center" />,
    Substeps: () => (
      <ol className="substeps">
        <li>
          <h2>Create your own application</h2>
          <p>
            Open <strong>Enterprise applications</strong>, press <strong>New application</strong>, then <strong>Create your own application</strong>.
            Name it (for example “Hugging Face SSO”), keep <strong>Integrate any other application you don’t find in the gallery (Non-gallery)</strong>,
            and press <strong>Create</strong>.
          </p>
          <Pictures slot="saml.createApp.newApplication" />
        </li>
        <li>
          <h2>Choose SAML</h2>
          <p>
            In the new application, open <strong>Single sign-on</strong> and select <strong>SAML</strong>.
          </p>
          <Pictures slot="saml.createApp.singleSignOn" />
        </li>
      </ol>
    ),
    doneLabel: 'I created the enterprise application and chose SAML',
  },
  configureApp: {
    lead: (
      <>
        Entra posts its SAML response to the Hub’s <strong>Assertion Consumer Service URL</strong>, for the Hub’s <strong>SP Entity ID</strong>.
        Copy the SP Entity ID from the Hub’s SSO settings (choose SAML there).
      </>
    ),
    acsLabel: 'Reply URL (Assertion Consumer Service URL)',
    entityIdLabel: 'Identifier (Entity ID)',
    Substeps: () => (
      <ol className="substeps">
        <li>
          <h2>Basic SAML Configuration</h2>
          <p>
            Under <strong>Basic SAML Configuration</strong>, press <strong>Edit</strong>. Paste the SP Entity ID into{' '}
            <strong>Identifier (Entity ID)</strong> and the ACS URL into <strong>Reply URL (Assertion Consumer Service URL)</strong>, then{' '}
            <strong>Save</strong>.
          </p>
          <Pictures slot="saml.configureApp.basicSaml" />
        </li>
        <li>
          <h2>Sign the response and the assertion</h2>
          <p>
            Under <strong>SAML Certificates</strong>, press <strong>Edit</strong> and set <strong>Signing Option</strong> to{' '}
            <strong>Sign SAML response and assertion</strong>: the Hub refuses a response where either is unsigned.
          </p>
          <Pictures slot="saml.configureApp.signingOption" />
        </li>
      </ol>
    ),
    doneLabel: 'I filled in Basic SAML Configuration and the signing option in Entra',
  },
  credentials: {
    lead: <>Bring Entra’s SAML details back here (its federation metadata carries all of them), check them, and run the login the Hub will run.</>,
    guideTitle: 'How to find these values in Entra',
    Guide: () => (
      <ol className="substeps substeps-compact">
        <li>
          <h2>Metadata, or the Login URL and certificate</h2>
          <p>
            Under <strong>SAML Certificates</strong>, copy the <strong>App Federation Metadata Url</strong>. Or download the{' '}
            <strong>Certificate (Base64)</strong> and copy the <strong>Login URL</strong> and <strong>Microsoft Entra Identifier</strong>{' '}
            under <strong>Set up</strong>.
          </p>
          <Pictures slot="saml.credentials.setUp" />
        </li>
        <li>
          <h2>Assign yourself to the app</h2>
          <p>
            Under <strong>Users and groups</strong>, add the people (or a group including you) who will sign in.
          </p>
        </li>
      </ol>
    ),
    metadataHint: (
      <>
        Single sign-on → SAML Certificates → <strong>App Federation Metadata Url</strong>.
      </>
    ),
    hasMetadataUrl: true,
    ssoUrlLabel: 'Login URL',
    certificateHint: (
      <>
        Single sign-on → SAML Certificates → <strong>Certificate (Base64)</strong> → Download; open the file and paste all of it.
      </>
    ),
    issuerLabel: 'Microsoft Entra Identifier',
    loginNote: (
      <>
        A login window opens on Microsoft’s sign-in page. Sign in as a user assigned to the app. Entra’s SAML response to
        the Hub is caught on this computer: nothing reaches huggingface.co.
      </>
    ),
  },
  enableSso: {
    appExists: 'The enterprise application with SAML single sign-on exists in Entra (step 1).',
    acsSet: 'Its Reply URL is the Hub’s ACS URL and its Identifier is the Hub’s SP Entity ID (step 2).',
    accessLine: 'Everyone who needs access is assigned to the application in Entra (Users and groups).',
  },
};
