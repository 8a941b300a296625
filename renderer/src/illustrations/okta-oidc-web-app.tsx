import type { JSX } from 'react';
import { Frame, Mark, Radio, Txt, type IllustrationProps } from './svg-parts';
import { DIALOG_INNER, DIALOG_W, OktaNewAppDialog, SignInMethods, dialogNextBox, signInMethodBox } from './okta-new-app-dialog';
import { shownValues } from './illustration-values';

export const oktaOidcWebAppText = {
  title: 'Okta: choose "OIDC - OpenID Connect" and "Web Application"',
  alt: () =>
    'The "Create a new app integration" dialog. Sign-in method "OIDC - OpenID Connect" is selected (1), application type "Web Application" is selected (2), ' +
    'and the "Next" button is highlighted (3). The other choices (SAML 2.0, SWA, API Services, Single-Page Application, Native Application) stay unselected.',
};

const TOP = 26;
const H = 386;
const METHODS_Y = 124;

export function OktaOidcWebApp(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const left = DIALOG_INNER;
  const next = dialogNextBox(TOP, H);
  return (
    <Frame title={oktaOidcWebAppText.title} alt={oktaOidcWebAppText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <OktaNewAppDialog shown={shown} top={TOP} h={H}>
        <SignInMethods y={METHODS_Y} checked="oidc" />
        <Txt x={left} y={242} cls="ill-t-subheading">
          Application type
        </Txt>
        <Radio x={left} y={268} label="Web Application" checked note="Server-side app: tokens stay on the server" />
        <Radio x={left} y={310} label="Single-Page Application" />
        <Radio x={left} y={332} label="Native Application" />
      </OktaNewAppDialog>
      <Mark {...signInMethodBox(METHODS_Y, 'oidc')} n={1} />
      <Mark x={left - 6} y={250} w={DIALOG_W - 36} h={40} n={2} />
      <Mark {...next} n={3} side="right" />
    </Frame>
  );
}
