import type { JSX } from 'react';
import { Frame, Mark, type IllustrationProps } from './svg-parts';
import { OktaNewAppDialog, SignInMethods, dialogNextBox, signInMethodBox } from './okta-new-app-dialog';
import { shownValues } from './illustration-values';

export const oktaSamlAppText = {
  title: 'Okta: choose "SAML 2.0" as the sign-in method',
  alt: () =>
    'The "Create a new app integration" dialog of the Okta Admin Console. Sign-in method "SAML 2.0" is selected (1) and the "Next" button is highlighted (2). ' +
    'The other choices (OIDC - OpenID Connect, SWA, API Services) stay unselected. On the General Settings page that follows, name the app (for example "Hugging Face") and press Next.',
};

const TOP = 70;
const H = 280;
const METHODS_Y = TOP + 98;

export function OktaSamlApp(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const next = dialogNextBox(TOP, H);
  return (
    <Frame title={oktaSamlAppText.title} alt={oktaSamlAppText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <OktaNewAppDialog shown={shown} top={TOP} h={H}>
        <SignInMethods y={METHODS_Y} checked="saml" />
      </OktaNewAppDialog>
      <Mark {...signInMethodBox(METHODS_Y, 'saml')} n={1} />
      <Mark {...next} n={2} side="right" />
    </Frame>
  );
}
