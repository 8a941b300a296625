/**
 * Step 1: create the application in the IdP's admin console (Okta: an OIDC
 * Web Application or a SAML 2.0 app; Entra: an app registration or an
 * enterprise application; Google: an OAuth client or a custom SAML app). The
 * admin can open their console from here. The words are the profile's
 * (renderer/src/idp/<id>/steps.tsx).
 */
import { StepDoneToggle } from '../../components/StepDoneToggle';
import { idpSamlSteps } from '../../idp/saml-steps';
import { idpSteps } from '../../idp/steps';
import { useApp } from '../../state/store';

export function CreateAppStep() {
  const idpKind = useApp((s) => s.config!.idpKind);
  const saml = useApp((s) => s.config!.protocol === 'saml');
  const { lead, Console, Substeps, doneLabel } = (saml ? idpSamlSteps(idpKind) : idpSteps(idpKind)).createApp;
  return (
    <>
      <p className="lead">{lead}</p>
      <Console />
      <Substeps />
      <StepDoneToggle step="createApp" label={doneLabel} />
    </>
  );
}
