import type { JSX } from 'react';
import { Button, FIELD_H, Field, Frame, Mark, Radio, Select, Txt, VIEW_H, textWidth, type IllustrationProps } from './svg-parts';
import { ENTRA_APP_NAME, ENTRA_HEADER_BOTTOM, ENTRA_RIGHT, EntraBladeHeader, EntraConsole } from './entra-shell';
import { shownValues, type ShownValues } from './illustration-values';

export const entraRedirectUriText = {
  title: 'Entra: add the Hub redirect URI with the platform "Web"',
  alt: (shown: ShownValues) =>
    `The "Register an application" page in the Microsoft Entra admin center. Name "${ENTRA_APP_NAME}"; supported account types: accounts in this organizational directory only. ` +
    `Under "Redirect URI (optional)" the platform drop-down is set to "Web" (1) and the URI field (2) holds ` +
    `${shown.redirectUri.example ? `the Hub's redirect URI, for example ${shown.redirectUri.text}` : shown.redirectUri.text}. The "Register" button is highlighted (3).`,
};

export function EntraRedirectUri(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const x = 16;
  const top = ENTRA_HEADER_BOTTOM;
  const selectW = 96;
  const uriX = x + selectW + 10;
  const registerW = textWidth('Register') + 36;
  return (
    <Frame title={entraRedirectUriText.title} alt={entraRedirectUriText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <EntraConsole address="entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade">
        <EntraBladeHeader x={x} crumbs={['Home', 'Enterprise applications', 'Browse Microsoft Entra Gallery']} title="Register an application" />
        <Field x={x} y={top + 70} w={300} label="* Name" value={ENTRA_APP_NAME} />
        <Txt x={x} y={top + 132} cls="ill-t-subheading">
          Supported account types
        </Txt>
        <Radio x={x} y={top + 154} label="Accounts in this organizational directory only (Single tenant)" checked />
        <Radio x={x} y={top + 175} label="Accounts in any organizational directory (Multitenant)" />
        <Txt x={x} y={top + 204} cls="ill-t-subheading">
          Redirect URI (optional)
        </Txt>
        <Txt x={x} y={top + 222} cls="ill-t-small ill-t-muted">
          {"We'll return the authentication response to this URI after successfully"}
        </Txt>
        <Txt x={x} y={top + 239} cls="ill-t-small ill-t-muted">
          authenticating the user.
        </Txt>
        <Select x={x} y={top + 250} w={selectW} value="Web" />
        <Field x={uriX} y={top + 250} w={ENTRA_RIGHT - uriX} value={shown.redirectUri} mono />
        <line className="ill-line" x1={0} y1={VIEW_H - 38} x2={ENTRA_RIGHT + 12} y2={VIEW_H - 48} />
        <Button x={x} y={VIEW_H - 32} w={registerW} h={28} label="Register" />
        <Mark x={x} y={top + 250} w={selectW} h={FIELD_H} n={1} side="below" />
        <Mark x={uriX} y={top + 250} w={ENTRA_RIGHT - uriX} h={FIELD_H} n={2} side="below" />
        <Mark x={x} y={VIEW_H - 32} w={registerW} h={28} n={3} side="right" />
      </EntraConsole>
    </Frame>
  );
}
