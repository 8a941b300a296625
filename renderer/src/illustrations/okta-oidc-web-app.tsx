import type { JSX } from 'react';
import { Button, Frame, Mark, Radio, Txt, VIEW_H, VIEW_W, textWidth, type IllustrationProps } from './svg-parts';
import { OKTA_ADMIN_HOST, OktaConsole } from './okta-shell';
import { OktaApplicationsPage } from './okta-admin-applications';

export const oktaOidcWebAppText = {
  title: 'Okta: choose "OIDC - OpenID Connect" and "Web Application"',
  alt:
    'The "Create a new app integration" dialog. Sign-in method "OIDC - OpenID Connect" is selected (1), application type "Web Application" is selected (2), ' +
    'and the "Next" button is highlighted (3). The other choices (SAML 2.0, SWA, API Services, Single-Page Application, Native Application) stay unselected.',
};

const DX = 100;
const DW = 440;

export function OktaOidcWebApp(props: IllustrationProps): JSX.Element {
  const left = DX + 24;
  const nextW = textWidth('Next') + 36;
  const nextX = DX + DW - 24 - nextW;
  return (
    <Frame {...oktaOidcWebAppText} className={props.className} decorative={props.decorative}>
      <OktaConsole address={`${OKTA_ADMIN_HOST}/admin/apps/active`} nav={{ expanded: 'Applications', active: 'Applications' }}>
        <OktaApplicationsPage />
      </OktaConsole>
      <rect className="ill-overlay" x={0} y={0} width={VIEW_W} height={VIEW_H} />
      <rect className="ill-panel" x={DX} y={40} width={DW} height={352} rx={8} />
      <Txt x={left} y={70} cls="ill-t-heading">
        Create a new app integration
      </Txt>
      <line className="ill-line" x1={DX} y1={84} x2={DX + DW} y2={84} />

      <Txt x={left} y={106} cls="ill-t-subheading">
        Sign-in method
      </Txt>
      <Radio x={left} y={130} label="OIDC - OpenID Connect" checked note="Token-based OAuth 2.0 authentication for SSO" />
      <Radio x={left} y={170} label="SAML 2.0" />
      <Radio x={left} y={192} label="SWA - Secure Web Authentication" />
      <Radio x={left} y={214} label="API Services" />

      <Txt x={left} y={242} cls="ill-t-subheading">
        Application type
      </Txt>
      <Radio x={left} y={266} label="Web Application" checked note="Server-side app: the secret stays on the server" />
      <Radio x={left} y={306} label="Single-Page Application" />
      <Radio x={left} y={328} label="Native Application" />

      <line className="ill-line" x1={DX} y1={344} x2={DX + DW} y2={344} />
      <Button x={nextX - 96} y={354} w={84} label="Cancel" kind="secondary" />
      <Button x={nextX} y={354} w={nextW} label="Next" />

      <Mark x={left - 6} y={114} w={320} h={38} n={1} />
      <Mark x={left - 6} y={250} w={320} h={38} n={2} />
      <Mark x={nextX} y={354} w={nextW} h={28} n={3} side="right" />
    </Frame>
  );
}
