import type { JSX } from 'react';
import { Button, CopyIcon, Field, Frame, Mark, SuccessCheck, Txt, textWidth, type IllustrationProps } from './svg-parts';
import { HUB_CONTENT_X, HUB_HEADER_BOTTOM, HUB_ORG, HubOrgSettings } from './hub-shell';
import { hubConsumeUri } from '../../../common/rules/hub-urls';

export const hubSsoSettingsText = {
  title: 'Hugging Face Hub: paste the values into the organization\'s SSO settings',
  alt:
    `The SSO page of the "${HUB_ORG}" organization settings on the Hugging Face Hub, with OIDC selected. It shows the Hub's redirect URI with a copy button. ` +
    'The Client ID, Client Secret and Issuer URL fields are highlighted (1); below them the "Update and Test OIDC configuration" button is highlighted (2). ' +
    'After a successful test login a green check mark appears.',
};

const TEST_LABEL = 'Update and Test OIDC configuration';

export function HubSsoSettings(props: IllustrationProps): JSX.Element {
  const x = HUB_CONTENT_X;
  const top = HUB_HEADER_BOTTOM;
  const buttonW = textWidth(TEST_LABEL) + 28;
  return (
    <Frame {...hubSsoSettingsText} className={props.className} decorative={props.decorative}>
      <HubOrgSettings>
        <rect className="ill-primary" x={x} y={top + 42} width={64} height={24} rx={5} />
        <Txt x={x + 32} y={top + 58} cls="ill-t-on-primary" anchor="middle">
          OIDC
        </Txt>
        <rect className="ill-secondary" x={x + 68} y={top + 42} width={64} height={24} rx={5} />
        <Txt x={x + 100} y={top + 58} cls="ill-t-link" anchor="middle">
          SAML
        </Txt>
        <Field
          x={x}
          y={top + 88}
          w={424}
          label="Redirect URI"
          value={hubConsumeUri(HUB_ORG)}
          mono
          readOnly
        />
        <CopyIcon x={x + 432} y={top + 101} />
        <Field x={x} y={top + 144} w={205} label="Client ID" value="0oa8f2k1x9EXAMPLE697" mono />
        <Field x={x + 225} y={top + 144} w={205} label="Client Secret" value="••••••••••••••••" mono />
        <Field x={x} y={top + 198} w={430} label="Issuer URL" value="https://acme.okta.com" mono />
        <Button x={x} y={top + 244} w={buttonW} label={TEST_LABEL} />
        <SuccessCheck x={x} y={top + 302} label="OIDC configuration tested" />
        <Mark x={x - 6} y={top + 130} w={442} h={102} n={1} />
        <Mark x={x} y={top + 244} w={buttonW} h={28} n={2} />
      </HubOrgSettings>
    </Frame>
  );
}
