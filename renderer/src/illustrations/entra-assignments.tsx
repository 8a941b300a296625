import type { JSX } from 'react';
import { Frame, Mark, Txt, textWidth, type IllustrationProps } from './svg-parts';
import { BLADE_TITLE_Y, ENTRA_APP_MENU_W, ENTRA_APP_NAME, ENTRA_RIGHT, EntraAppMenu, EntraBladeHeader, EntraConsole, entraAppMenuBox } from './entra-shell';

export const entraAssignmentsText = {
  title: 'Entra: assign users and groups to the app; "Assignment required?"',
  alt: () =>
    `The enterprise application "${ENTRA_APP_NAME}" in the Microsoft Entra admin center, on its "Users and groups" page (1). ` +
    'The "Add user/group" button is highlighted (2); the list (Display name, Object type, Role assigned) holds Jane Admin, a user, with Default Access. ' +
    'Below, from the app\'s Properties page (3): "Assignment required?" is set to Yes (4), so only the users and groups assigned here can sign in: assign yourself before you test.',
};

const X = ENTRA_APP_MENU_W + 30;
const COLS = [X, X + 118, X + 216];

export function EntraAssignments(props: IllustrationProps): JSX.Element {
  const top = BLADE_TITLE_Y + 14;
  const addLabel = '+ Add user/group';
  const addW = Math.ceil(textWidth(addLabel) * 1.12) + 8;
  const commandY = top + 26;
  const headY = commandY + 48;
  const rowY = headY + 26;
  const panelY = rowY + 22;
  const segY = panelY + 56;
  const segW = 56;
  return (
    <Frame title={entraAssignmentsText.title} alt={entraAssignmentsText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <EntraConsole address="entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade">
        <EntraBladeHeader x={16} crumbs={['Home', 'Enterprise applications | All applications']} title={`${ENTRA_APP_NAME} | Users and groups`} />
        <EntraAppMenu kind="enterprise" active="Users and groups" />
        <Txt x={X + 4} y={commandY} cls="ill-t-link">
          {addLabel}
        </Txt>
        <Txt x={X + addW + 22} y={commandY} cls="ill-t-muted">
          Edit assignment
        </Txt>
        <line className="ill-line" x1={X} y1={commandY + 10} x2={ENTRA_RIGHT} y2={commandY + 10} />
        {['Display name', 'Object type', 'Role assigned'].map((h, i) => (
          <Txt key={h} x={COLS[i]!} y={headY} cls="ill-t-small ill-t-bold">
            {h}
          </Txt>
        ))}
        <line className="ill-line" x1={X} y1={headY + 8} x2={ENTRA_RIGHT} y2={headY + 8} />
        <Txt x={COLS[0]!} y={rowY}>
          Jane Admin
        </Txt>
        <Txt x={COLS[1]!} y={rowY}>
          User
        </Txt>
        <Txt x={COLS[2]!} y={rowY}>
          Default Access
        </Txt>
        <rect className="ill-panel" x={X} y={panelY} width={ENTRA_RIGHT - X} height={152} rx={6} />
        <Txt x={X + 14} y={panelY + 24} cls="ill-t-subheading">
          Properties
        </Txt>
        <Txt x={X + 14} y={segY - 8} cls="ill-t-small ill-t-bold">
          Assignment required?
        </Txt>
        <rect className="ill-primary" x={X + 14} y={segY} width={segW} height={26} rx={4} />
        <Txt x={X + 14 + segW / 2} y={segY + 18} cls="ill-t-on-primary" anchor="middle">
          Yes
        </Txt>
        <rect className="ill-secondary" x={X + 14 + segW} y={segY} width={segW} height={26} rx={4} />
        <Txt x={X + 14 + segW * 1.5} y={segY + 18} cls="ill-t-muted" anchor="middle">
          No
        </Txt>
        {['Yes: only users and groups assigned', 'here can sign in. Assign yourself', 'before you test.'].map((line, i) => (
          <Txt key={line} x={X + 14} y={segY + 48 + i * 17} cls="ill-t-small ill-t-muted">
            {line}
          </Txt>
        ))}
        <Mark {...entraAppMenuBox('Users and groups', 'enterprise')} n={1} side="right" />
        <Mark x={X} y={commandY - 16} w={addW} h={22} n={2} side="below" />
        <Mark {...entraAppMenuBox('Properties', 'enterprise')} n={3} side="right" />
        <Mark x={X + 14} y={segY} w={2 * segW} h={26} n={4} side="right" />
      </EntraConsole>
    </Frame>
  );
}
