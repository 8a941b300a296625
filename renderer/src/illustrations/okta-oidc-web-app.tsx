import type { JSX } from 'react';
import { Button, Frame, Mark, Radio, Txt, VIEW_H, VIEW_W, textWidth, type IllustrationProps } from './svg-parts';
import { OktaConsole } from './okta-shell';
import { OktaApplicationsPage } from './okta-admin-applications';
import { shownValues } from './illustration-values';

export const oktaOidcWebAppText = {
  title: 'Okta: choose "OIDC - OpenID Connect" and "Web Application"',
  alt: () =>
    'The "Create a new app integration" dialog. Sign-in method "OIDC - OpenID Connect" is selected (1), application type "Web Application" is selected (2), ' +
    'and the "Next" button is highlighted (3). The other choices (SAML 2.0, SWA, API Services, Single-Page Application, Native Application) stay unselected.',
};

const DX = 84;
const DW = 432;

export function OktaOidcWebApp(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const left = DX + 24;
  const nextW = textWidth('Next') + 40;
  const nextX = DX + DW - 24 - nextW;
  return (
    <Frame title={oktaOidcWebAppText.title} alt={oktaOidcWebAppText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <OktaConsole shown={shown} path="/admin/apps/active" nav={{ expanded: 'Applications', active: 'Applications' }}>
        <OktaApplicationsPage />
      </OktaConsole>
      <rect className="ill-overlay" x={0} y={0} width={VIEW_W} height={VIEW_H} />
      <rect className="ill-panel" x={DX} y={26} width={DW} height={386} rx={8} />
      <Txt x={left} y={58} cls="ill-t-heading">
        Create a new app integration
      </Txt>
      <line className="ill-line" x1={DX} y1={72} x2={DX + DW} y2={72} />

      <Txt x={left} y={98} cls="ill-t-subheading">
        Sign-in method
      </Txt>
      <Radio x={left} y={124} label="OIDC - OpenID Connect" checked note="Token-based OAuth 2.0 authentication for SSO" />
      <Radio x={left} y={166} label="SAML 2.0" />
      <Radio x={left} y={188} label="SWA - Secure Web Authentication" />
      <Radio x={left} y={210} label="API Services" />

      <Txt x={left} y={242} cls="ill-t-subheading">
        Application type
      </Txt>
      <Radio x={left} y={268} label="Web Application" checked note="Server-side app: tokens stay on the server" />
      <Radio x={left} y={310} label="Single-Page Application" />
      <Radio x={left} y={332} label="Native Application" />

      <line className="ill-line" x1={DX} y1={348} x2={DX + DW} y2={348} />
      <Button x={nextX - 100} y={362} w={88} label="Cancel" kind="secondary" />
      <Button x={nextX} y={362} w={nextW} label="Next" />

      <Mark x={left - 6} y={106} w={DW - 36} h={40} n={1} />
      <Mark x={left - 6} y={250} w={DW - 36} h={40} n={2} />
      <Mark x={nextX} y={362} w={nextW} h={30} n={3} side="right" />
    </Frame>
  );
}
