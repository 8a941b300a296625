import type { JSX } from 'react';
import { Frame, Mark, Radio, Toggle, Txt, type IllustrationProps } from './svg-parts';
import { HUB_CONTENT_X, HUB_HEADER_BOTTOM, HUB_ORG, HubOrgSettings } from './hub-shell';

export const hubEnableSsoText = {
  title: 'Hugging Face Hub: enable SSO for the organization',
  alt:
    `The SSO page of the "${HUB_ORG}" organization settings on the Hugging Face Hub after a successful test. The "Enable SSO" switch is highlighted (1). ` +
    'Below it the admin chooses how SSO applies (2): "Optional", where members can still use their usual Hugging Face login, ' +
    'or "Enforced", where members must sign in through the identity provider to access the organization.',
};

export function HubEnableSso(props: IllustrationProps): JSX.Element {
  const x = HUB_CONTENT_X;
  const top = HUB_HEADER_BOTTOM;
  return (
    <Frame {...hubEnableSsoText} className={props.className} decorative={props.decorative}>
      <HubOrgSettings>
        <rect className="ill-panel" x={x} y={top + 46} width={430} height={270} rx={6} />
        <Txt x={x + 16} y={top + 76} cls="ill-t-subheading">
          Enable SSO
        </Txt>
        <Txt x={x + 16} y={top + 96} cls="ill-t-small ill-t-muted">
          Members sign in through your identity provider.
        </Txt>
        <Toggle x={x + 370} y={top + 64} on />
        <Txt x={x + 16} y={top + 136} cls="ill-t-subheading">
          SSO mode
        </Txt>
        <Radio x={x + 16} y={top + 164} label="Optional" note="Members may also use their usual Hugging Face login." />
        <Radio x={x + 16} y={top + 210} label="Enforced" checked note="Members must sign in through SSO to access the org." />
        <Txt x={x + 16} y={top + 268} cls="ill-t-small ill-t-muted">
          The ID token's email must match an email on the
        </Txt>
        <Txt x={x + 16} y={top + 286} cls="ill-t-small ill-t-muted">
          member's Hugging Face account.
        </Txt>
        <Mark x={x + 370} y={top + 64} w={40} h={22} n={1} />
        <Mark x={x + 10} y={top + 146} w={400} h={84} n={2} />
      </HubOrgSettings>
    </Frame>
  );
}
