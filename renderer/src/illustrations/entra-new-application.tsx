import type { JSX } from 'react';
import { Button, Field, Frame, Mark, Radio, Txt, VIEW_H, textWidth, type IllustrationProps } from './svg-parts';
import { BLADE_BODY_Y, ENTRA_APP_NAME, ENTRA_HEADER_BOTTOM, ENTRA_RIGHT, EntraBladeHeader, EntraConsole, EntraPane, entraCommandBox } from './entra-shell';

export const entraNewApplicationText = {
  title: 'Entra: create your own application and register it',
  alt: () =>
    'The Microsoft Entra admin center, Enterprise applications → New application ("Browse Microsoft Entra Gallery"). ' +
    `The "Create your own application" button is highlighted (1). In the pane that opens, the name "${ENTRA_APP_NAME}" is typed (2), ` +
    `"Register an application to integrate with Microsoft Entra ID (App you're developing)" is selected (3), and the "Create" button is highlighted (4).`,
};

const COMMANDS = ['+ Create your own application'];
const PANE_X = 256;

/** One radio choice whose label wraps over two lines, as the pane shows them. */
function Choice(props: { x: number; y: number; lines: [string, ...string[]]; checked?: boolean }): JSX.Element {
  const [first, ...rest] = props.lines;
  return (
    <g>
      <Radio x={props.x} y={props.y} label={first} checked={props.checked} />
      {rest.map((line, i) => (
        <Txt key={line} x={props.x + 22} y={props.y + 17 * (i + 1)} cls={props.checked ? 'ill-t-bold' : undefined}>
          {line}
        </Txt>
      ))}
    </g>
  );
}

/** The pane's three choices, wrapped to its width. */
const CHOICE_TOP = ENTRA_HEADER_BOTTOM + 158;
const CHOICE_STEP = 56;

/** Which of the pane's three choices is selected: an app registration (OIDC) or a non-gallery enterprise application (SAML). */
export type EntraOwnAppChoice = 'register' | 'non-gallery';
const CHOICE_INDEX: Record<EntraOwnAppChoice, number> = { register: 1, 'non-gallery': 2 };

/**
 * The gallery page with its "Create your own application" pane open, the name
 * typed and `choice` selected, marked 1 to 4 (command, name, choice, Create).
 */
export function EntraCreateOwnApplication(props: { choice: EntraOwnAppChoice }): JSX.Element {
  const x = 16;
  const inner = PANE_X + 16;
  const createW = textWidth('Create') + 36;
  const command = entraCommandBox(x, COMMANDS, 0);
  const chosen = CHOICE_INDEX[props.choice];
  return (
    <EntraConsole address="entra.microsoft.com/#view/Microsoft_AAD_IAM/AppGalleryBladeV2">
      <EntraBladeHeader x={x} crumbs={['Home', 'Enterprise applications']} title="Browse Microsoft Entra Gallery" commands={COMMANDS} />
      <rect className="ill-field" x={x} y={BLADE_BODY_Y + 14} width={PANE_X - 28 - x} height={28} rx={4} />
      <Txt x={x + 10} y={BLADE_BODY_Y + 33} cls="ill-t-small ill-t-muted">
        Search application
      </Txt>
      <Txt x={x} y={BLADE_BODY_Y + 64} cls="ill-t-subheading">
        Cloud platforms
      </Txt>
      {['Amazon Web Services', 'Google Cloud Platform', 'Oracle', 'SAP'].map((name, i) => (
        <g key={name}>
          <rect className="ill-app-icon" x={x} y={BLADE_BODY_Y + 78 + i * 34} width={22} height={22} rx={4} />
          <Txt x={x + 32} y={BLADE_BODY_Y + 94 + i * 34}>
            {name}
          </Txt>
        </g>
      ))}
      <EntraPane x={PANE_X} title="Create your own application">
        <Field x={inner} y={ENTRA_HEADER_BOTTOM + 58} w={ENTRA_RIGHT - inner - 30} label="What's the name of your app?" value={ENTRA_APP_NAME} />
        <Txt x={inner} y={ENTRA_HEADER_BOTTOM + 116} cls="ill-t-small ill-t-bold">
          What are you looking to do with
        </Txt>
        <Txt x={inner} y={ENTRA_HEADER_BOTTOM + 133} cls="ill-t-small ill-t-bold">
          your application?
        </Txt>
        {CHOICES.map((lines, i) => (
          <Choice key={lines[0]} x={inner} y={CHOICE_TOP + i * CHOICE_STEP} lines={lines} checked={i === chosen} />
        ))}
        <line className="ill-line" x1={PANE_X} y1={VIEW_H - 34} x2={ENTRA_RIGHT + 12} y2={VIEW_H - 34} />
        <Button x={inner} y={VIEW_H - 29} w={createW} h={26} label="Create" />
      </EntraPane>
      <Mark {...command} n={1} side="below" />
      <Mark x={inner} y={ENTRA_HEADER_BOTTOM + 66} w={ENTRA_RIGHT - inner - 30} h={28} n={2} side="right" />
      <Mark x={inner - 4} y={CHOICE_TOP + chosen * CHOICE_STEP - 14} w={ENTRA_RIGHT - inner + 4} h={52} n={3} side="left" />
      <Mark x={inner} y={VIEW_H - 29} w={createW} h={26} n={4} side="right" />
    </EntraConsole>
  );
}

const CHOICES: Array<[string, ...string[]]> = [
  ['Configure Application Proxy for', 'secure remote access to an', 'on-premises application'],
  ['Register an application to integrate', "with Microsoft Entra ID (App you're", 'developing)'],
  ['Integrate any other application', "you don't find in the gallery", '(Non-gallery)'],
];

export function EntraNewApplication(props: IllustrationProps): JSX.Element {
  return (
    <Frame title={entraNewApplicationText.title} alt={entraNewApplicationText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <EntraCreateOwnApplication choice="register" />
    </Frame>
  );
}
