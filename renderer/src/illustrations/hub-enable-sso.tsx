import type { JSX } from 'react';
import { Frame, Mark, Radio, Toggle, Txt, Value, type IllustrationProps } from './svg-parts';
import { HUB_CONTENT_X, HUB_HEADER_BOTTOM, HUB_RIGHT, HubOrgSettings } from './hub-shell';
import { shownValues, type ShownValues } from './illustration-values';

export const hubEnableSsoText = {
  title: 'Hugging Face Hub: enable SSO for the organization',
  alt: (shown: ShownValues) =>
    `The SSO page of the ${shown.org.example ? 'organization' : `"${shown.org.text}" organization`} settings on the Hugging Face Hub after a successful test. The "Enable SSO" switch is highlighted (1). ` +
    'Below it the admin chooses how SSO applies (2): "Optional", where members can still use their usual Hugging Face login, ' +
    'or "Enforced", where members must sign in through the identity provider to access the organization.',
};

export function HubEnableSso(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const x = HUB_CONTENT_X;
  const w = HUB_RIGHT - x;
  const top = HUB_HEADER_BOTTOM;
  const toggleX = HUB_RIGHT - 58;
  return (
    <Frame title={hubEnableSsoText.title} alt={hubEnableSsoText.alt(shown)} theme="hub" className={props.className} decorative={props.decorative}>
      <HubOrgSettings shown={shown}>
        <rect className="ill-panel" x={x} y={top + 48} width={w} height={290} rx={6} />
        <Txt x={x + 16} y={top + 78} cls="ill-t-subheading">
          Enable SSO
        </Txt>
        <Txt x={x + 16} y={top + 100} cls="ill-t-small ill-t-muted">
          Members sign in through your identity provider
        </Txt>
        <Toggle x={toggleX} y={top + 66} on />
        <Txt x={x + 16} y={top + 140} cls="ill-t-subheading">
          SSO mode
        </Txt>
        <Radio x={x + 16} y={top + 170} label="Optional" note="Members may also use their usual login" />
        <Radio x={x + 16} y={top + 218} label="Enforced" checked note="Members must sign in through SSO" />
        <Txt x={x + 16} y={top + 276} cls="ill-t-small ill-t-muted">
          The ID token's email must match an email
        </Txt>
        <Txt x={x + 16} y={top + 296} cls="ill-t-small ill-t-muted">
          on the member's Hugging Face account in
        </Txt>
        <Value x={x + 16} y={top + 316} value={shown.org} cls="ill-t-small ill-t-bold" maxW={w - 32} />
        <Mark x={toggleX} y={top + 66} w={40} h={22} n={1} side="left" />
        <Mark x={x + 10} y={top + 150} w={w - 20} h={92} n={2} side="left" />
      </HubOrgSettings>
    </Frame>
  );
}
