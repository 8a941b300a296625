/**
 * Microsoft Entra ID's instructions for the four steps, in the Microsoft
 * Entra admin center's words (the Hub's guide: hub-docs
 * docs/hub/security-sso-azure-oidc.md).
 */
import { OpenConsole } from '../OpenConsole';
import type { IdpSteps } from '../steps-types';
import { StepPictures } from '../StepPictures';

const Pictures = ({ slot }: { slot: string }) => <StepPictures idp="entra" slot={slot} />;

export const ENTRA_CONSOLE_URL = 'https://entra.microsoft.com/';

export const entraSteps: IdpSteps = {
  createApp: {
    lead: (
      <>
        Sign in to the Microsoft Entra admin center as an administrator who may create applications (for example a Cloud
        Application Administrator). You will register the application the Hub signs users in through. Nothing is changed in
        Entra by this assistant: you click, it explains.
      </>
    ),
    Console: () => <OpenConsole url={ENTRA_CONSOLE_URL} name="Microsoft Entra admin center" />,
    Substeps: () => (
      <ol className="substeps">
        <li>
          <h2>Open Enterprise applications</h2>
          <p>
            In the side menu, open <strong>Identity → Applications → Enterprise applications</strong> and press{' '}
            <strong>New application</strong>.
          </p>
        </li>
        <li>
          <h2>Create your own application</h2>
          <p>
            Press <strong>Create your own application</strong>, give it a name such as “Hugging Face SSO” (the Hub’s guide’s example), choose{' '}
            <strong>Register an application to integrate with Microsoft Entra ID (App you’re developing)</strong> and press{' '}
            <strong>Create</strong>.
          </p>
          <Pictures slot="createApp.newApplication" />
        </li>
        <li>
          <h2>Single tenant</h2>
          <p>
            On <strong>Register an application</strong>, keep <strong>Accounts in this organizational directory only</strong>{' '}
            (single tenant). Leave the redirect URI for step 2 and press <strong>Register</strong>.
          </p>
        </li>
      </ol>
    ),
    doneLabel: 'I registered the app in Microsoft Entra ID',
  },
  configureApp: {
    lead: (
      <>
        Entra sends users back to the Hub at one address, the <strong>Redirect URI</strong> of platform <strong>Web</strong>.
        It is built from your organization’s identifier on the Hub.
      </>
    ),
    redirectLabel: 'Redirect URI (platform Web)',
    Substeps: () => (
      <ol className="substeps">
        <li>
          <h2>Add the redirect URI, platform Web</h2>
          <p>
            In <strong>App registrations</strong> → your app → <strong>Authentication</strong>, press{' '}
            <strong>Add a platform</strong>, choose <strong>Web</strong> (not “Single-page application”: the Hub keeps a
            client secret) and paste the redirect URI above into <strong>Redirect URIs</strong>. Leave the logout URL and
            the token boxes empty, then press <strong>Configure</strong>.
          </p>
          <Pictures slot="configureApp.redirect" />
        </li>
        <li>
          <h2>Choose who may sign in</h2>
          <p>
            In <strong>Enterprise applications</strong> → your app → <strong>Users and groups</strong>, press{' '}
            <strong>Add user/group</strong> and assign the people (or a group including you) who will sign in. If{' '}
            <strong>Properties → Assignment required?</strong> is Yes, anyone not assigned gets AADSTS50105.
          </p>
          <Pictures slot="configureApp.assignments" />
        </li>
      </ol>
    ),
    doneLabel: 'I added the redirect URI (platform Web) in Microsoft Entra ID',
  },
  credentials: {
    lead: <>Copy three values from the Entra app registration, check them, and run the login the Hub will run.</>,
    guideTitle: 'How to find these values in Microsoft Entra ID',
    Guide: () => (
      <ol className="substeps substeps-compact">
        <li>
          <h2>Application (client) ID</h2>
          <p>
            In <strong>App registrations</strong> → your app → <strong>Overview</strong>, copy the{' '}
            <strong>Application (client) ID</strong> (a GUID) into Client ID.
          </p>
          <Pictures slot="credentials.clientId" />
        </li>
        <li>
          <h2>Client secret: the Value, not the Secret ID</h2>
          <p>
            In <strong>Certificates &amp; secrets</strong>, press <strong>New client secret</strong>, choose how long it
            lasts and press <strong>Add</strong>. Copy the <strong>Value</strong> column right away (Entra shows it only
            once), not the <strong>Secret ID</strong>. Note its <strong>Expires</strong> date below: logins stop that day.
          </p>
          <Pictures slot="credentials.secret" />
        </li>
        <li>
          <h2>Issuer URL</h2>
          <p>
            On <strong>Overview</strong>, press <strong>Endpoints</strong> and copy the{' '}
            <strong>OpenID Connect metadata document</strong>; paste it as the Issuer URL (it is trimmed to{' '}
            <code>https://login.microsoftonline.com/&lt;tenant&gt;/v2.0</code>).
          </p>
          <Pictures slot="credentials.issuer" />
        </li>
        <li>
          <h2>Send the email claim</h2>
          <p>
            The Hub matches people by <code>email</code>, which Entra leaves out unless asked. In{' '}
            <strong>Token configuration</strong>, press <strong>Add optional claim</strong>, choose <strong>ID</strong>,
            tick <strong>email</strong> and press <strong>Add</strong>.
          </p>
          <Pictures slot="credentials.email" />
        </li>
      </ol>
    ),
    secretHint: (
      <>
        The <strong>Value</strong> from Certificates &amp; secrets (not the Secret ID).
      </>
    ),
    asksSecretExpiry: true,
    issuerHint:
      'Paste the OpenID Connect metadata document URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0/.well-known/openid-configuration',
    loginNote: (
      <>
        A login window opens on Microsoft’s sign-in page. Sign in as a user assigned to the app. The redirect back to the
        Hub is caught on this computer: nothing reaches huggingface.co.
      </>
    ),
  },
  enableSso: {
    appExists: 'The app is registered in Microsoft Entra ID (step 1).',
    redirectSet: 'Its Web Redirect URI is the Hub’s consume URI (step 2).',
    accessLine: 'Everyone who needs access is assigned to the app in Microsoft Entra ID (Enterprise applications → Users and groups).',
  },
};
