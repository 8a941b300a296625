/**
 * Google Workspace's instructions for the four steps, in the Google Cloud
 * console's words (the Hub's guide: hub-docs docs/hub/security-sso-google-oidc.md).
 */
import { OpenConsole } from '../OpenConsole';
import type { IdpSteps } from '../steps-types';
import { StepPictures } from '../StepPictures';

const Pictures = ({ slot }: { slot: string }) => <StepPictures idp="google" slot={slot} />;

export const GOOGLE_CONSOLE_URL = 'https://console.cloud.google.com/auth/clients';

export const googleSteps: IdpSteps = {
  createApp: {
    lead: (
      <>
        Sign in to the Google Cloud console with an account of your Workspace, in the project that will hold the client.
        You will create the OAuth client the Hub signs users in through. Nothing is changed in Google by this assistant:
        you click, it explains.
      </>
    ),
    Console: () => <OpenConsole url={GOOGLE_CONSOLE_URL} name="Google Cloud console" />,
    Substeps: () => (
      <ol className="substeps">
        <li>
          <h2>Open Google Auth Platform → Clients</h2>
          <p>
            In the Google Cloud console, open <strong>Google Auth Platform → Clients</strong>. If Google asks to configure the
            platform first, give the app a name and choose the <strong>Internal</strong> audience (only your Workspace’s
            users).
          </p>
        </li>
        <li>
          <h2>Create Client: Web application</h2>
          <p>
            Press <strong>Create Client</strong>, choose the application type <strong>Web application</strong> and give it a
            name such as “Hugging Face”. Keep the page open for step 2.
          </p>
          <Pictures slot="createApp.createClient" />
        </li>
      </ol>
    ),
    doneLabel: 'I started a Web application client in Google Cloud',
  },
  configureApp: {
    lead: (
      <>
        Google sends users back to the Hub at one address, an <strong>Authorized redirect URI</strong>. It is built from your
        organization’s identifier on the Hub.
      </>
    ),
    redirectLabel: 'Authorized redirect URI',
    Substeps: () => (
      <ol className="substeps">
        <li>
          <h2>Add the authorized redirect URI, then create</h2>
          <p>
            Under <strong>Authorized redirect URIs</strong>, press <strong>Add URI</strong> and paste the redirect URI above,
            exactly. Leave <strong>Authorized JavaScript origins</strong> empty, then press <strong>Create</strong>.
          </p>
          <Pictures slot="configureApp.redirect" />
        </li>
      </ol>
    ),
    doneLabel: 'I added the authorized redirect URI and created the client in Google Cloud',
  },
  credentials: {
    lead: <>Copy the client’s two values from Google, check them, and run the login the Hub will run.</>,
    guideTitle: 'How to find these values in Google Cloud',
    Guide: () => (
      <ol className="substeps substeps-compact">
        <li>
          <h2>Client ID and Client Secret</h2>
          <p>
            When you press <strong>Create</strong>, a pop-up shows the <strong>Client ID</strong> (ending in{' '}
            <code>.apps.googleusercontent.com</code>) and the <strong>Client Secret</strong> (starting with{' '}
            <code>GOCSPX-</code>). Copy both; later the secret is under <strong>Clients</strong> → your client.
          </p>
          <Pictures slot="credentials.clientCreated" />
        </li>
        <li>
          <h2>Issuer URL</h2>
          <p>
            Google’s issuer is <code>https://accounts.google.com</code>, the same for every Workspace.
          </p>
        </li>
        <li>
          <h2>Who may sign in</h2>
          <p>
            Under <strong>Google Auth Platform → Audience</strong>, <strong>Internal</strong> lets every user of your Workspace
            sign in. Test with an account that already has access: one outside the Workspace gets “access_denied”
            (org_internal).
          </p>
          <Pictures slot="credentials.audience" />
        </li>
      </ol>
    ),
    secretHint: (
      <>
        The <strong>Client Secret</strong> from the pop-up Google showed (it starts with GOCSPX-).
      </>
    ),
    issuerHint: 'For Google Workspace: https://accounts.google.com (the same for every Workspace)',
    loginNote: (
      <>
        A login window opens on Google’s sign-in page. Sign in with an account of your Workspace that has access to the app.
        The redirect back to the Hub is caught on this computer: nothing reaches huggingface.co.
      </>
    ),
  },
  enableSso: {
    appExists: 'The Web application client exists in Google Cloud (step 1).',
    redirectSet: 'Its Authorized redirect URI is the Hub’s consume URI (step 2).',
    accessLine: 'Everyone who needs access can use the client (Google Auth Platform → Audience: Internal).',
  },
};
