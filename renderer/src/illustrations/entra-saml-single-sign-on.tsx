import type { JSX } from 'react';
import { Frame, Mark, Txt, type IllustrationProps } from './svg-parts';
import { BLADE_TITLE_Y, ENTRA_APP_MENU_W, ENTRA_APP_NAME, ENTRA_RIGHT, EntraAppMenu, EntraBladeHeader, EntraConsole, entraAppMenuBox } from './entra-shell';

export const entraSamlSingleSignOnText = {
  title: 'Entra: open Single sign-on and select SAML',
  alt: () =>
    `The enterprise application "${ENTRA_APP_NAME}" in the Microsoft Entra admin center, on its "Single sign-on" page (1). ` +
    'Under "Select a single sign-on method" four tiles are shown: Disabled, SAML, Password-based and Linked. The SAML tile is highlighted (2).',
};

const X = ENTRA_APP_MENU_W + 30;
const GAP = 12;
const TILE_W = Math.floor((ENTRA_RIGHT - X - GAP) / 2);
const TILE_H = 92;
/** Room between the rows for the callout under the SAML tile. */
const ROW_GAP = 32;

/** The four methods as Entra's tiles name them, each with a short description (two lines). */
const TILES: Array<{ name: string; lines: [string, string]; saml?: boolean }> = [
  { name: 'Disabled', lines: ['Single sign-on is', 'not enabled.'] },
  { name: 'SAML', lines: ['Secure sign-in with', 'the SAML protocol.'], saml: true },
  { name: 'Password-based', lines: ['Passwords stored', 'and replayed.'] },
  { name: 'Linked', lines: ['Link to an app', 'in My Apps.'] },
];

export function EntraSamlSingleSignOn(props: IllustrationProps): JSX.Element {
  const top = BLADE_TITLE_Y + 14;
  const headY = top + 30;
  const tileTop = headY + 18;
  const tileBox = (i: number) => ({ x: X + (i % 2) * (TILE_W + GAP), y: tileTop + Math.floor(i / 2) * (TILE_H + ROW_GAP), w: TILE_W, h: TILE_H });
  const saml = tileBox(TILES.findIndex((t) => t.saml));
  return (
    <Frame title={entraSamlSingleSignOnText.title} alt={entraSamlSingleSignOnText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <EntraConsole address="entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn">
        <EntraBladeHeader x={16} crumbs={['Home', 'Enterprise applications | All applications', ENTRA_APP_NAME]} title={`${ENTRA_APP_NAME} | Single sign-on`} />
        <EntraAppMenu kind="enterprise" active="Single sign-on" />
        <Txt x={X} y={headY} cls="ill-t-subheading">
          Select a single sign-on method
        </Txt>
        {TILES.map((tile, i) => {
          const box = tileBox(i);
          return (
            <g key={tile.name}>
              <rect className="ill-panel" x={box.x} y={box.y} width={box.w} height={box.h} rx={6} />
              <rect className="ill-app-icon" x={box.x + 12} y={box.y + 12} width={22} height={22} rx={4} />
              <Txt x={box.x + 42} y={box.y + 29} cls="ill-t-bold">
                {tile.name}
              </Txt>
              {tile.lines.map((line, j) => (
                <Txt key={line} x={box.x + 12} y={box.y + 60 + j * 18} cls="ill-t-small ill-t-muted">
                  {line}
                </Txt>
              ))}
            </g>
          );
        })}
        <Mark {...entraAppMenuBox('Single sign-on', 'enterprise')} n={1} side="right" />
        <Mark {...saml} n={2} side="below" />
      </EntraConsole>
    </Frame>
  );
}
