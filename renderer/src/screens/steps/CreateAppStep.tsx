/** Step 1: create an OIDC Web Application in the Okta Admin Console. */
import { Figure } from '../../components/Figure';
import { StepDoneToggle } from '../../components/StepDoneToggle';

export function CreateAppStep() {
  return (
    <>
      <p className="lead">
        Sign in to your Okta Admin Console as an administrator. You will create the application the Hub signs users in
        through. Nothing is changed in Okta by this assistant: you click, it explains.
      </p>
      <ol className="substeps">
        <li>
          <h2>Open Applications</h2>
          <p>
            In the Admin Console, open <strong>Applications → Applications</strong> in the side menu.
          </p>
          <Figure id="okta-admin-applications" />
        </li>
        <li>
          <h2>Create App Integration</h2>
          <p>
            Press <strong>Create App Integration</strong>.
          </p>
          <Figure id="okta-create-app-integration" />
        </li>
        <li>
          <h2>Choose OIDC and Web Application</h2>
          <p>
            Select <strong>OIDC - OpenID Connect</strong> as the sign-in method and <strong>Web Application</strong> as the
            application type, then press <strong>Next</strong>. (Not “Single-Page Application”: the Hub keeps a client
            secret, like a web server.)
          </p>
          <Figure id="okta-oidc-web-app" />
        </li>
      </ol>
      <StepDoneToggle step="createApp" label="I created the app integration in Okta" />
    </>
  );
}
