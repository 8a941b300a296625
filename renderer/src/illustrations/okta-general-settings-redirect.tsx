import type { JSX } from 'react';
import { Checkbox, Field, Frame, Mark, Txt, type IllustrationProps } from './svg-parts';
import { OKTA_APP_NAME, OktaConsole } from './okta-shell';
import { shownValues, type ShownValues } from './illustration-values';

export const oktaGeneralSettingsRedirectText = {
  title: 'Okta: paste the Hub redirect URI as the sign-in redirect URI',
  alt: (shown: ShownValues) =>
    `The "New Web App Integration" page, General Settings. App integration name "${OKTA_APP_NAME}", grant type "Authorization Code" checked. ` +
    `The "Sign-in redirect URIs" field is highlighted (1) and holds ${shown.redirectUri.example ? `the Hub's redirect URI, for example ${shown.redirectUri.text}` : shown.redirectUri.text}. ` +
    'The "Sign-out redirect URIs" field is highlighted (2) and left empty.',
};

export function OktaGeneralSettingsRedirect(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const x = 44;
  return (
    <Frame title={oktaGeneralSettingsRedirectText.title} alt={oktaGeneralSettingsRedirectText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <OktaConsole shown={shown} path="/admin/apps/oauth2-wizard/create">
        <Txt x={20} y={106} cls="ill-t-heading">
          New Web App Integration
        </Txt>
        <rect className="ill-panel" x={20} y={118} width={560} height={292} rx={6} />
        <Txt x={x} y={146} cls="ill-t-subheading">
          General Settings
        </Txt>
        <Field x={x} y={174} w={260} label="App integration name" value={OKTA_APP_NAME} />
        <Txt x={x} y={234} cls="ill-t-small ill-t-bold">
          Grant type
        </Txt>
        <Checkbox x={x} y={258} label="Authorization Code" checked />
        <Checkbox x={x + 200} y={258} label="Refresh Token" />
        <Field x={x} y={290} w={520} label="Sign-in redirect URIs" value={shown.redirectUri} mono />
        <Field x={x} y={350} w={380} label="Sign-out redirect URIs (Optional)" />
        <Txt x={x + 396} y={377} cls="ill-t-small ill-t-accent">
          Leave empty
        </Txt>
        <Mark x={x} y={298} w={520} h={28} n={1} />
        <Mark x={x} y={358} w={380} h={28} n={2} />
      </OktaConsole>
    </Frame>
  );
}
