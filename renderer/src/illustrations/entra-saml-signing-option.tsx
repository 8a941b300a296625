import type { JSX } from 'react';
import { FIELD_H, Frame, Mark, Select, Txt, type IllustrationProps } from './svg-parts';
import { ENTRA_APP_NAME, ENTRA_HEADER_BOTTOM, ENTRA_RIGHT, EntraConsole, EntraPane, entraCommandBox } from './entra-shell';
import { EntraSamlSignOnStrip, SAML_PANE_X, samlSectionEditBox } from './entra-saml-sign-on-page';

export const entraSamlSigningOptionText = {
  title: 'Entra: Signing Option "Sign SAML response and assertion"',
  alt: () =>
    `The "SAML-based Sign-on" page of the enterprise application "${ENTRA_APP_NAME}" in the Microsoft Entra admin center: the Edit link of section 3, ` +
    '"SAML Certificates", is highlighted (1). In the "SAML Signing Certificate" pane it opens, the active certificate is listed; "Signing Option" is set to ' +
    '"Sign SAML response and assertion" (2), since the Hub refuses a response where either is unsigned; Signing Algorithm SHA-256. The "Save" button is highlighted (3).',
};

const COMMANDS = ['Save', '+ New Certificate', 'Import Certificate'];

export function EntraSamlSigningOption(props: IllustrationProps): JSX.Element {
  const inner = SAML_PANE_X + 16;
  const w = ENTRA_RIGHT - inner - 4;
  const top = ENTRA_HEADER_BOTTOM;
  const commandY = top + 58;
  const save = { ...entraCommandBox(inner, COMMANDS, 0), y: commandY - 16 };
  const headY = top + 132;
  const rowY = headY + 24;
  const optionY = top + 204;
  const cols = [inner, inner + 80, inner + 226];
  return (
    <Frame title={entraSamlSigningOptionText.title} alt={entraSamlSigningOptionText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <EntraConsole address="entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn">
        <EntraSamlSignOnStrip />
        <EntraPane x={SAML_PANE_X} title="SAML Signing Certificate">
          {COMMANDS.map((c, i) => (
            <Txt key={c} x={entraCommandBox(inner, COMMANDS, i).x + 4} y={commandY} cls="ill-t-link">
              {c}
            </Txt>
          ))}
          <line className="ill-line" x1={SAML_PANE_X} y1={commandY + 10} x2={ENTRA_RIGHT + 12} y2={commandY + 10} />
          <Txt x={inner} y={top + 104} cls="ill-t-small ill-t-muted">
            Manage the certificate used to sign SAML tokens.
          </Txt>
          {['Status', 'Expiration date', 'Thumbprint'].map((h, i) => (
            <Txt key={h} x={cols[i]!} y={headY} cls="ill-t-small ill-t-bold">
              {h}
            </Txt>
          ))}
          <line className="ill-line" x1={inner} y1={headY + 8} x2={ENTRA_RIGHT} y2={headY + 8} />
          <Txt x={cols[0]!} y={rowY} cls="ill-t-success">
            Active
          </Txt>
          <Txt x={cols[1]!} y={rowY}>
            12/2/2029
          </Txt>
          <Txt x={cols[2]!} y={rowY} cls="ill-t-mono ill-t-muted">
            {'9F3C\u2026A41B'}
          </Txt>
          <Select x={inner} y={optionY} w={w} label="Signing Option" value="Sign SAML response and assertion" />
          <Select x={inner} y={optionY + 62} w={w} label="Signing Algorithm" value="SHA-256" />
          <Txt x={inner} y={optionY + 124} cls="ill-t-small ill-t-accent">
            Both signed: the Hub refuses either unsigned.
          </Txt>
        </EntraPane>
        <Mark {...samlSectionEditBox(3)} n={1} side="right" />
        <Mark x={inner} y={optionY + 8} w={w} h={FIELD_H} n={2} side="left" />
        <Mark {...save} n={3} side="below" />
      </EntraConsole>
    </Frame>
  );
}
