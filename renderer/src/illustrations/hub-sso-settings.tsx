import type { JSX } from 'react';
import { Button, CopyIcon, FIELD_H, Field, Frame, Mark, SuccessCheck, Txt, textWidth, type IllustrationProps } from './svg-parts';
import { HUB_CONTENT_X, HUB_HEADER_BOTTOM, HUB_RIGHT, HubOrgSettings } from './hub-shell';
import { shownValues, type ShownValues } from './illustration-values';

export const hubSsoSettingsText = {
  title: 'Hugging Face Hub: paste the values into the organization\'s SSO settings',
  alt: (shown: ShownValues) =>
    `The SSO page of the ${shown.org.example ? 'organization' : `"${shown.org.text}" organization`} settings on the Hugging Face Hub, with OIDC selected. ` +
    `It shows the Hub's Redirection URI${shown.redirectUri.example ? '' : `, ${shown.redirectUri.text},`} with a copy button. ` +
    `The Client ID${shown.clientId.example ? '' : ` (${shown.clientId.text})`}, Client Secret and Issuer URL` +
    `${shown.issuerUrl.example ? '' : ` (${shown.issuerUrl.text})`} fields are highlighted (1); ` +
    'below them the "Update and Test OIDC configuration" button is highlighted (2). After a successful test login a green check mark appears.',
};

const TEST_LABEL = 'Update and Test OIDC configuration';

export function HubSsoSettings(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const x = HUB_CONTENT_X;
  const w = HUB_RIGHT - x;
  const top = HUB_HEADER_BOTTOM;
  const buttonW = textWidth(TEST_LABEL) + 28;
  const half = (w - 16) / 2;
  return (
    <Frame title={hubSsoSettingsText.title} alt={hubSsoSettingsText.alt(shown)} theme="hub" className={props.className} decorative={props.decorative}>
      <HubOrgSettings shown={shown}>
        <rect className="ill-primary" x={x} y={top + 46} width={68} height={28} rx={5} />
        <Txt x={x + 34} y={top + 65} cls="ill-t-on-primary" anchor="middle">
          OIDC
        </Txt>
        <rect className="ill-secondary" x={x + 72} y={top + 46} width={68} height={28} rx={5} />
        <Txt x={x + 106} y={top + 65} cls="ill-t-link" anchor="middle">
          SAML
        </Txt>
        <Field x={x} y={top + 100} w={w - 26} label="Redirection URI" value={shown.redirectUri} mono readOnly />
        <CopyIcon x={HUB_RIGHT - 16} y={top + 115} />
        <Field x={x} y={top + 160} w={half} label="Client ID" value={shown.clientId} mono />
        <Field x={x + half + 16} y={top + 160} w={half} label="Client Secret" value="••••••••••••••••" mono />
        <Field x={x} y={top + 218} w={w} label="Issuer URL" value={shown.issuerUrl} mono />
        <Button x={x} y={top + 266} w={buttonW} label={TEST_LABEL} />
        <SuccessCheck x={x} y={top + 328} label="OIDC configuration tested" />
        <Mark x={x - 4} y={top + 144} w={w + 8} h={108} n={1} side="left" />
        <Mark x={x} y={top + 266} w={buttonW} h={30} n={2} side="right" />
      </HubOrgSettings>
    </Frame>
  );
}
