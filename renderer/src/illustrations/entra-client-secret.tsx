import type { JSX } from 'react';
import { CopyIcon, Frame, Mark, Txt, VIEW_H, textWidth, type IllustrationProps } from './svg-parts';
import { BLADE_TITLE_Y, ENTRA_APP_MENU_W, ENTRA_APP_NAME, ENTRA_RIGHT, EntraAppMenu, EntraBladeHeader, EntraConsole, entraAppMenuBox } from './entra-shell';

export const entraClientSecretText = {
  title: 'Entra: create a client secret and copy its Value, not its Secret ID',
  alt: () =>
    `The "Certificates & secrets" page (1) of the "${ENTRA_APP_NAME}" app registration in the Microsoft Entra admin center, on the "Client secrets" tab. ` +
    'Entra warns that client secret values cannot be viewed, except for immediately after creation. The "New client secret" button is highlighted (2). ' +
    'In the list (columns Description, Expires, Value, Secret ID) the new secret\'s Value with its copy button is highlighted (3): that is the one to copy. ' +
    'Its Secret ID is crossed out and marked "Not this one".',
};

const X = ENTRA_APP_MENU_W + 26;
const COLS = { description: X, expires: X + 110, value: X + 194, secretId: X + 286 };

export function EntraClientSecret(props: IllustrationProps): JSX.Element {
  const top = BLADE_TITLE_Y + 14;
  const tabsY = top + 108;
  const newY = tabsY + 34;
  const headY = newY + 32;
  const rowY = headY + 26;
  const newLabel = '+ New client secret';
  const tab1 = 'Certificates (0)';
  const tab2 = 'Client secrets (1)';
  const tab2X = X + textWidth(tab1) + 22;
    return (
    <Frame title={entraClientSecretText.title} alt={entraClientSecretText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <EntraConsole>
        <EntraBladeHeader x={16} crumbs={['Home', 'App registrations', ENTRA_APP_NAME]} title={`${ENTRA_APP_NAME} | Certificates & secrets`} />
        <EntraAppMenu active="Certificates & secrets" />
        <rect className="ill-selected" x={X} y={top + 4} width={ENTRA_RIGHT - X} height={82} rx={4} />
        {['Client secret values cannot be viewed,', 'except for immediately after creation. Be', 'sure to save the secret when created', 'before leaving the page.'].map((line, i) => (
          <Txt key={line} x={X + 10} y={top + 22 + i * 18} cls="ill-t-small">
            {line}
          </Txt>
        ))}
        <Txt x={X} y={tabsY} cls="ill-t-muted">
          {tab1}
        </Txt>
        <Txt x={tab2X} y={tabsY} cls="ill-t-bold ill-t-link">
          {tab2}
        </Txt>
        <line className="ill-tab-active" x1={tab2X - 4} y1={tabsY + 8} x2={tab2X + Math.ceil(textWidth(tab2) * 1.08) + 4} y2={tabsY + 8} />
        <line className="ill-line" x1={X} y1={tabsY + 10} x2={ENTRA_RIGHT} y2={tabsY + 10} />
        <Txt x={X + 4} y={newY} cls="ill-t-link">
          {newLabel}
        </Txt>
        {(['Description', 'Expires', 'Value', 'Secret ID'] as const).map((h, i) => (
          <Txt key={h} x={Object.values(COLS)[i]!} y={headY} cls="ill-t-small ill-t-bold">
            {h}
          </Txt>
        ))}
        <line className="ill-line" x1={X} y1={headY + 8} x2={ENTRA_RIGHT} y2={headY + 8} />
        <Txt x={COLS.description} y={rowY}>
          Hugging Face
        </Txt>
        <Txt x={COLS.expires} y={rowY}>
          12/2/2027
        </Txt>
        <Txt x={COLS.value} y={rowY} cls="ill-t-mono">
          {'abc8Q~\u2026'}
        </Txt>
        <CopyIcon x={COLS.value + 66} y={rowY - 13} />
        <Txt x={COLS.secretId} y={rowY} cls="ill-t-mono ill-t-muted">
          {'3f2a\u2026'}
        </Txt>
        <CopyIcon x={COLS.secretId + 46} y={rowY - 13} />
        <line className="ill-strike" x1={COLS.secretId - 4} y1={rowY - 5} x2={ENTRA_RIGHT} y2={rowY - 5} />
        <Txt x={ENTRA_RIGHT} y={rowY + 26} cls="ill-t-small ill-t-accent" anchor="end">
          Not this one
        </Txt>
        <Txt x={X} y={VIEW_H - 34} cls="ill-t-small ill-t-bold">
          Copy the Value now: Entra shows it only
        </Txt>
        <Txt x={X} y={VIEW_H - 16} cls="ill-t-small ill-t-bold">
          right after you create the secret.
        </Txt>
        <Mark {...entraAppMenuBox('Certificates & secrets')} n={1} side="right" />
        <Mark x={X} y={newY - 17} w={textWidth(newLabel) + 8} h={23} n={2} side="right" />
        <Mark x={COLS.value - 4} y={rowY - 18} w={90} h={25} n={3} side="below" />
      </EntraConsole>
    </Frame>
  );
}
