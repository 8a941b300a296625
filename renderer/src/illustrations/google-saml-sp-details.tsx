import type { JSX } from 'react';
import { Button, Checkbox, FIELD_H, Field, Frame, Mark, Select, Txt, VIEW_H, textWidth, type IllustrationProps } from './svg-parts';
import { GOOGLE_ADMIN_RIGHT, GOOGLE_SAML_WIZARD_BOTTOM, GoogleAdminConsole, GoogleSamlWizardBar, googleAdminContentX } from './google-admin-shell';
import { samlShownValues, type SamlShownValues } from './saml-shown-values';

export const googleSamlSpDetailsText = {
  title: 'Google Admin console: paste the Hub ACS URL and SP Entity ID under "Service provider details"',
  alt: (shown: SamlShownValues) =>
    'Step 3 of the "Add custom SAML app" wizard in the Google Admin console, "Service provider details". ' +
    `The "ACS URL" field (1) holds ${shown.acsUrl.example ? `the Hub's ACS URL, for example ${shown.acsUrl.text}` : shown.acsUrl.text}; ` +
    `the "Entity ID" field (2) holds ${shown.spEntityId.example ? "the Hub's SP Entity ID, copied from the Hub's SSO settings" : shown.spEntityId.text}. ` +
    '"Signed response" is checked (3). Under "Name ID", "Name ID format" is set to EMAIL (4) and "Name ID" to ' +
    '"Basic Information > Primary email" (5). Then "Continue".',
};

export function GoogleSamlSpDetails(props: IllustrationProps): JSX.Element {
  const shown = samlShownValues(props.values ?? {});
  const x = googleAdminContentX(false) + 12;
  const top = GOOGLE_SAML_WIZARD_BOTTOM;
  const w = GOOGLE_ADMIN_RIGHT - x - 30;
  const signedLabel = 'Signed response';
  const signedW = 22 + Math.ceil(textWidth(signedLabel) * 1.05);
  const formatW = 130;
  const nameIdX = x + formatW + 40;
  const nameIdW = GOOGLE_ADMIN_RIGHT - nameIdX - 30;
  const continueW = textWidth('Continue') + 36;
  return (
    <Frame title={googleSamlSpDetailsText.title} alt={googleSamlSpDetailsText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <GoogleAdminConsole path="/ac/apps/unified/samlapp/new">
        <GoogleSamlWizardBar step="Service provider details" />
        <Field x={x} y={top + 22} w={w} label="ACS URL" value={shown.acsUrl} mono />
        <Field x={x} y={top + 84} w={w} label="Entity ID" value={shown.spEntityId} mono />
        <Checkbox x={x} y={top + 148} label={signedLabel} checked />
        <Txt x={x} y={top + 180} cls="ill-t-subheading">
          Name ID
        </Txt>
        <Select x={x} y={top + 204} w={formatW} label="Name ID format" value="EMAIL" />
        <Select x={nameIdX} y={top + 204} w={nameIdW} label="Name ID" value="Basic Information > Primary email" />
        <Button x={GOOGLE_ADMIN_RIGHT - continueW} y={VIEW_H - 36} w={continueW} label="Continue" />
        <Button x={GOOGLE_ADMIN_RIGHT - continueW - 40 - (textWidth('Back') + 30)} y={VIEW_H - 36} w={textWidth('Back') + 30} label="Back" kind="secondary" />
        <Mark x={x} y={top + 30} w={w} h={FIELD_H} n={1} side="right" />
        <Mark x={x} y={top + 92} w={w} h={FIELD_H} n={2} side="right" />
        <Mark x={x - 2} y={top + 134} w={signedW} h={20} n={3} side="right" />
        <Mark x={x} y={top + 212} w={formatW} h={FIELD_H} n={4} side="right" />
        <Mark x={nameIdX} y={top + 212} w={nameIdW} h={FIELD_H} n={5} side="right" />
      </GoogleAdminConsole>
    </Frame>
  );
}
