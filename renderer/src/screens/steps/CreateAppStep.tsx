/**
 * Step 1: create the application in the IdP's admin console (Okta: an OIDC
 * Web Application; Entra: an app registration; Google: an OAuth client). The
 * admin can open their console from here. The words are the profile's
 * (renderer/src/idp/<id>/steps.tsx).
 */
import { StepDoneToggle } from '../../components/StepDoneToggle';
import { idpSteps } from '../../idp/steps';
import { useApp } from '../../state/store';

export function CreateAppStep() {
  const idpKind = useApp((s) => s.config!.idpKind);
  const { lead, Console, Substeps, doneLabel } = idpSteps(idpKind).createApp;
  return (
    <>
      <p className="lead">{lead}</p>
      <Console />
      <Substeps />
      <StepDoneToggle step="createApp" label={doneLabel} />
    </>
  );
}
