import type { JSX } from 'react';
import { Button, CopyIcon, FIELD_H, Frame, Mark, Txt, VIEW_H, Value, textWidth, type IllustrationProps } from './svg-parts';
import { GOOGLE_ADMIN_RIGHT, GOOGLE_SAML_WIZARD_BOTTOM, GoogleAdminConsole, GoogleSamlWizardBar, googleAdminContentX } from './google-admin-shell';
import { samlShownValues, type SamlShownValues } from './saml-shown-values';

const described = (label: string, value: { text: string; example: boolean }) =>
  value.example ? `the ${label}, for example ${value.text}` : `the ${label} ${value.text}`;

export const googleSamlIdpDetailsText = {
  title: 'Google Admin console: download the IdP metadata from "Google Identity Provider details"',
  alt: (shown: SamlShownValues) =>
    'Step 2 of the "Add custom SAML app" wizard in the Google Admin console, "Google Identity Provider details". ' +
    'Option 1: the "Download metadata" button is highlighted (1). Option 2, instead of the file: copy ' +
    `${described('SSO URL', shown.ssoUrl)}, ${described('Entity ID', shown.idpEntityId)} and the Certificate ` +
    '(BEGIN and END lines included), each with a copy button; "Download certificate" is under the certificate. ' +
    'The "Continue" button is highlighted (2).',
};

export function GoogleSamlIdpDetails(props: IllustrationProps): JSX.Element {
  const shown = samlShownValues(props.values ?? {});
  const x = googleAdminContentX(false) + 8;
  const top = GOOGLE_SAML_WIZARD_BOTTOM;
  const labelW = 92;
  const boxX = x + labelW;
  const boxW = GOOGLE_ADMIN_RIGHT - boxX - 26;
  const metadataLabel = '\u2913 Download metadata';
  const metadataW = Math.ceil(textWidth(metadataLabel) * 1.08) + 28;
  const continueW = textWidth('Continue') + 36;
  const rows: Array<{ label: string; y: number }> = [
    { label: 'SSO URL', y: top + 124 },
    { label: 'Entity ID', y: top + 158 },
  ];
  const certY = top + 192;
  return (
    <Frame title={googleSamlIdpDetailsText.title} alt={googleSamlIdpDetailsText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <GoogleAdminConsole path="/ac/apps/unified/samlapp/new">
        <GoogleSamlWizardBar step="Google Identity Provider details" />
        <Txt x={x} y={top + 24} cls="ill-t-subheading">
          Option 1: Download IdP metadata
        </Txt>
        <Button x={x} y={top + 34} w={metadataW} label={metadataLabel} kind="secondary" />
        <Txt x={x + metadataW + 48} y={top + 54} cls="ill-t-small ill-t-muted">
          OR
        </Txt>
        <Txt x={x} y={top + 92} cls="ill-t-subheading">
          Option 2: Copy the SSO URL, entity ID and certificate
        </Txt>
        {rows.map((r, i) => (
          <g key={r.label}>
            <Txt x={x} y={r.y} cls="ill-t-small ill-t-bold">
              {r.label}
            </Txt>
            <rect className="ill-field-readonly" x={boxX} y={r.y - 19} width={boxW} height={FIELD_H} rx={4} />
            <Value x={boxX + 8} y={r.y} value={i === 0 ? shown.ssoUrl : shown.idpEntityId} mono maxW={boxW - 16} />
            <CopyIcon x={boxX + boxW + 8} y={r.y - 13} />
          </g>
        ))}
        <Txt x={x} y={certY} cls="ill-t-small ill-t-bold">
          Certificate
        </Txt>
        <rect className="ill-field-readonly" x={boxX} y={certY - 19} width={boxW} height={62} rx={4} />
        <Txt x={boxX + 8} y={certY} cls="ill-t-mono">
          -----BEGIN CERTIFICATE-----
        </Txt>
        <Txt x={boxX + 8} y={certY + 18} cls="ill-t-mono ill-t-muted">
          {'MIIDdDCCAlygAwIBAgIGAY\u2026'}
        </Txt>
        <Txt x={boxX + 8} y={certY + 36} cls="ill-t-mono">
          -----END CERTIFICATE-----
        </Txt>
        <CopyIcon x={boxX + boxW + 8} y={certY - 13} />
        <Txt x={boxX} y={certY + 62} cls="ill-t-small ill-t-muted">
          Expires Nov 30, 2031
        </Txt>
        <Txt x={boxX} y={certY + 82} cls="ill-t-link ill-t-bold">
          {'\u2913 Download certificate'}
        </Txt>
        <Button x={GOOGLE_ADMIN_RIGHT - continueW} y={VIEW_H - 36} w={continueW} label="Continue" />
        <Button x={GOOGLE_ADMIN_RIGHT - continueW - 40 - (textWidth('Back') + 30)} y={VIEW_H - 36} w={textWidth('Back') + 30} label="Back" kind="secondary" />
        <Mark x={x} y={top + 34} w={metadataW} h={30} n={1} side="right" />
        <Mark x={GOOGLE_ADMIN_RIGHT - continueW} y={VIEW_H - 36} w={continueW} h={30} n={2} side="left" />
      </GoogleAdminConsole>
    </Frame>
  );
}
