import type { JSX } from 'react';
import { Button, Checkbox, Frame, Mark, Radio, Txt, VIEW_H, textWidth, type IllustrationProps } from './svg-parts';
import { BLADE_BODY_Y, ENTRA_APP_NAME, ENTRA_HEADER_BOTTOM, ENTRA_RIGHT, EntraBladeHeader, EntraConsole, EntraPane, entraCommandBox } from './entra-shell';

export const entraTokenConfigurationText = {
  title: 'Entra: add the optional claim "email" to the ID token',
  alt: () =>
    `The "Token configuration" page of the "${ENTRA_APP_NAME}" app registration in the Microsoft Entra admin center, with "Add optional claim" highlighted (1). ` +
    'In the "Add optional claim" pane, the token type "ID" is selected (2) and the claim "email" is checked (3) among acct, auth_time, ctry and family_name; ' +
    'the "Add" button is highlighted (4).',
};

const COMMANDS = ['+ Add optional claim', '+ Add groups claim'];
const PANE_X = 292;
const CLAIMS = ['acct', 'auth_time', 'ctry', 'email', 'family_name'];

export function EntraTokenConfiguration(props: IllustrationProps): JSX.Element {
  const x = 16;
  const inner = PANE_X + 16;
  const top = ENTRA_HEADER_BOTTOM;
  const claimY = (i: number) => top + 196 + i * 24;
  const addW = textWidth('Add') + 40;
  return (
    <Frame title={entraTokenConfigurationText.title} alt={entraTokenConfigurationText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <EntraConsole>
        <EntraBladeHeader x={x} right={PANE_X - 12} crumbs={['App registrations', ENTRA_APP_NAME]} title="Token configuration" commands={COMMANDS} />
        <Txt x={x} y={BLADE_BODY_Y + 26} cls="ill-t-subheading">
          Optional claims
        </Txt>
        {['Optional claims are used to configure', 'additional information which is', 'returned in one or more tokens.'].map((line, i) => (
          <Txt key={line} x={x} y={BLADE_BODY_Y + 50 + i * 18} cls="ill-t-small ill-t-muted">
            {line}
          </Txt>
        ))}
        <Txt x={x} y={BLADE_BODY_Y + 126} cls="ill-t-small ill-t-bold">
          {'Claim \u2191'}
        </Txt>
        <Txt x={x + 110} y={BLADE_BODY_Y + 126} cls="ill-t-small ill-t-bold">
          Token type
        </Txt>
        <line className="ill-line" x1={x} y1={BLADE_BODY_Y + 134} x2={PANE_X - 12} y2={BLADE_BODY_Y + 134} />
        <Txt x={x} y={BLADE_BODY_Y + 156} cls="ill-t-small ill-t-muted">
          No results.
        </Txt>
        <EntraPane x={PANE_X} title="Add optional claim">
          <Txt x={inner} y={top + 62} cls="ill-t-small ill-t-bold">
            Token type
          </Txt>
          <Radio x={inner} y={top + 88} label="ID" checked />
          <Radio x={inner} y={top + 112} label="Access" />
          <Radio x={inner} y={top + 136} label="SAML" />
          <Txt x={inner + 26} y={top + 172} cls="ill-t-small ill-t-bold">
            {'Claim \u2191'}
          </Txt>
          <line className="ill-line" x1={inner} y1={top + 180} x2={ENTRA_RIGHT} y2={top + 180} />
          {CLAIMS.map((c, i) => (
            <Checkbox key={c} x={inner + 4} y={claimY(i)} label={c} checked={c === 'email'} />
          ))}
          <line className="ill-line" x1={PANE_X} y1={VIEW_H - 50} x2={ENTRA_RIGHT + 12} y2={VIEW_H - 50} />
          <Button x={inner} y={VIEW_H - 40} w={addW} label="Add" />
          <Button x={inner + addW + 10} y={VIEW_H - 40} w={textWidth('Cancel') + 30} label="Cancel" kind="secondary" />
        </EntraPane>
        <Mark {...entraCommandBox(x, COMMANDS, 0)} n={1} side="below" />
        <Mark x={inner - 4} y={top + 72} w={60} h={22} n={2} side="right" />
        <Mark x={inner} y={claimY(3) - 17} w={ENTRA_RIGHT - inner} h={23} n={3} side="left" />
        <Mark x={inner} y={VIEW_H - 40} w={addW} h={30} n={4} side="left" />
      </EntraConsole>
    </Frame>
  );
}
