/** Okta's instructions for the four steps, in the Okta Admin Console's words. */
import type { IdpSteps } from '../steps-types';
import { StepPictures } from '../StepPictures';
import { OpenOktaConsole } from './OpenOktaConsole';

const Pictures = ({ slot }: { slot: string }) => <StepPictures idp="okta" slot={slot} />;

export const oktaSteps: IdpSteps = {
  createApp: {
    lead: (
      <>
        Sign in to your Okta Admin Console as an administrator. You will create the application the Hub signs users in
        through. Nothing is changed in Okta by this assistant: you click, it explains.
      </>
    ),
    Console: OpenOktaConsole,
    Substeps: () => (
      <ol className="substeps">
        <li>
          <h2>Open Applications</h2>
          <p>
            In the Admin Console, open <strong>Applications → Applications</strong> in the side menu.
          </p>
          <Pictures slot="createApp.applications" />
        </li>
        <li>
          <h2>Create App Integration</h2>
          <p>
            Press <strong>Create App Integration</strong>.
          </p>
          <Pictures slot="createApp.createIntegration" />
        </li>
        <li>
          <h2>Choose OIDC and Web Application</h2>
          <p>
            Select <strong>OIDC - OpenID Connect</strong> as the sign-in method and <strong>Web Application</strong> as the
            application type, then press <strong>Next</strong>. (Not “Single-Page Application”: the Hub keeps a client
            secret, like a web server.)
          </p>
          <Pictures slot="createApp.oidcWebApp" />
        </li>
      </ol>
    ),
    doneLabel: 'I created the app integration in Okta',
  },
  configureApp: {
    lead: (
      <>
        Okta sends users back to the Hub at one address, the <strong>Sign-in redirect URI</strong>. It is built from your
        organization’s identifier on the Hub.
      </>
    ),
    redirectLabel: 'Sign-in redirect URI',
    Substeps: () => (
      <ol className="substeps">
        <li>
          <h2>Paste the redirect URI in Okta</h2>
          <p>
            On the <strong>New Web App Integration</strong> page (General Settings), give the app a name such as “Hugging
            Face”, keep the grant type <strong>Authorization Code</strong>, and paste the redirect URI above into{' '}
            <strong>Sign-in redirect URIs</strong>, replacing Okta’s example. Leave <strong>Sign-out redirect URIs</strong>{' '}
            blank.
          </p>
          <Pictures slot="configureApp.redirect" />
        </li>
        <li>
          <h2>Choose who may sign in, then save</h2>
          <p>
            Under <strong>Assignments</strong>, choose who may use the app (you can change it later), then press{' '}
            <strong>Save</strong> at the bottom of the page.
          </p>
          <Pictures slot="configureApp.save" />
        </li>
      </ol>
    ),
    doneLabel: 'I pasted the redirect URI and saved the app in Okta',
  },
  credentials: {
    lead: <>Copy three values from the Okta app, check them, and run the login the Hub will run.</>,
    guideTitle: 'How to find these values in Okta',
    Guide: () => (
      <ol className="substeps substeps-compact">
        <li>
          <h2>Client ID and client secret</h2>
          <p>
            On the app’s <strong>General</strong> tab, under <strong>Client Credentials</strong>, copy the{' '}
            <strong>Client ID</strong> and the <strong>Client secret</strong>. Check that{' '}
            <strong>Client authentication</strong> is “Client secret”: the Hub sends it in the request body (
            <code>client_secret_post</code>).
          </p>
          <Pictures slot="credentials.clientCredentials" />
        </li>
        <li>
          <h2>Issuer URL</h2>
          <p>
            The issuer is your Okta address, like <code>https://acme.okta.com</code> (without “-admin”), or a custom
            authorization server such as <code>https://acme.okta.com/oauth2/default</code> under{' '}
            <strong>Security → API</strong>.
          </p>
          <Pictures slot="credentials.issuer" />
        </li>
        <li>
          <h2>Assign yourself to the app</h2>
          <p>
            Under the app’s <strong>Assignments</strong> tab, assign the people (or a group including you) who will sign
            in, otherwise the test ends with “User is not assigned to the client application”.
          </p>
          <Pictures slot="credentials.assignments" />
        </li>
      </ol>
    ),
    secretHint: (
      <>
        From the app’s <strong>General</strong> tab, Client Credentials.
      </>
    ),
    issuerHint: 'For example https://acme.okta.com or https://acme.okta.com/oauth2/default',
    loginNote: (
      <>
        A login window opens on your Okta sign-in page. Sign in as a user assigned to the app. The redirect back to the
        Hub is caught on this computer: nothing reaches huggingface.co.
      </>
    ),
  },
  enableSso: {
    appExists: 'The OIDC Web Application exists in Okta (step 1).',
    redirectSet: 'Its Sign-in redirect URI is the Hub’s consume URI (step 2).',
    accessLine: 'Everyone who needs access is assigned to the app in Okta.',
  },
};
