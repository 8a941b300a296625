import type { JSX } from 'react';
import { FIELD_H, Field, Frame, Mark, Txt, type IllustrationProps } from './svg-parts';
import { ENTRA_APP_NAME, ENTRA_HEADER_BOTTOM, ENTRA_RIGHT, EntraConsole, EntraPane, entraCommandBox } from './entra-shell';
import { EntraSamlSignOnStrip, SAML_PANE_X, samlSectionEditBox } from './entra-saml-sign-on-page';
import { shownValues, type Shown, type ShownValues } from './illustration-values';

const valueSaid = (value: Shown, what: string) => (value.example ? `${what}, for example ${value.text}` : value.text);

export const entraSamlBasicConfigText = {
  title: 'Entra: Basic SAML Configuration with the Hub’s SP Entity ID and ACS URL',
  alt: (shown: ShownValues) =>
    `The "SAML-based Sign-on" page of the enterprise application "${ENTRA_APP_NAME}" in the Microsoft Entra admin center: the Edit link of section 1, ` +
    '"Basic SAML Configuration", is highlighted (1). In the pane it opens, "Identifier (Entity ID)" is highlighted (2) and holds ' +
    `${valueSaid(shown.spEntityId, "the SP Entity ID copied from the Hub's SSO settings")}; "Reply URL (Assertion Consumer Service URL)" is highlighted (3) and holds ` +
    `${valueSaid(shown.acsUrl, "the Hub's Assertion Consumer Service URL")}. The "Save" button at the top of the pane is highlighted (4).`,
};

const COMMANDS = ['Save', 'Got feedback?'];

export function EntraSamlBasicConfig(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const inner = SAML_PANE_X + 16;
  const fieldW = ENTRA_RIGHT - inner - 4;
  const top = ENTRA_HEADER_BOTTOM;
  const commandY = top + 58;
  const save = { ...entraCommandBox(inner, COMMANDS, 0), y: commandY - 16 };
  return (
    <Frame title={entraSamlBasicConfigText.title} alt={entraSamlBasicConfigText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <EntraConsole address="entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn">
        <EntraSamlSignOnStrip />
        <EntraPane x={SAML_PANE_X} title="Basic SAML Configuration">
          {COMMANDS.map((c, i) => (
            <Txt key={c} x={entraCommandBox(inner, COMMANDS, i).x + 4} y={commandY} cls={i === 0 ? 'ill-t-link' : 'ill-t-muted'}>
              {c}
            </Txt>
          ))}
          <line className="ill-line" x1={SAML_PANE_X} y1={commandY + 10} x2={ENTRA_RIGHT + 12} y2={commandY + 10} />
          <Field x={inner} y={top + 112} w={fieldW} label="Identifier (Entity ID) *" value={shown.spEntityId} mono />
          <Txt x={inner} y={top + 166} cls="ill-t-small ill-t-link">
            Add identifier
          </Txt>
          <Field x={inner} y={top + 198} w={fieldW} label="Reply URL (Assertion Consumer Service URL) *" value={shown.acsUrl} mono />
          <Txt x={inner} y={top + 252} cls="ill-t-small ill-t-link">
            Add reply URL
          </Txt>
          <Field x={inner} y={top + 284} w={fieldW} label="Sign on URL (Optional)" />
          <Txt x={inner} y={top + 346} cls="ill-t-small ill-t-bold">
            Relay State (Optional)
          </Txt>
        </EntraPane>
        <Mark {...samlSectionEditBox(1)} n={1} side="right" />
        <Mark x={inner} y={top + 120} w={fieldW} h={FIELD_H} n={2} side="left" />
        <Mark x={inner} y={top + 206} w={fieldW} h={FIELD_H} n={3} side="left" />
        <Mark {...save} n={4} side="below" />
      </EntraConsole>
    </Frame>
  );
}
