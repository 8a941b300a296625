import type { JSX } from 'react';
import { Button, Frame, Mark, Txt, type IllustrationProps } from './svg-parts';
import { OKTA_ADMIN_HOST, OKTA_DOMAIN, OktaConsole, oktaContentX, oktaDomainBox, oktaNavItemBox } from './okta-shell';

export const oktaIssuerUrlText = {
  title: 'Okta: where to find the Issuer URL',
  alt:
    `Two places in the Okta Admin Console. For Okta's org authorization server the issuer is your Okta domain, https://${OKTA_DOMAIN}, ` +
    'shown under your name at the top right (1); not the "-admin" address of the console. For a custom authorization server open Security → API (2) ' +
    'and copy the "Issuer URI" of the server in the Authorization Servers list, e.g. https://acme.okta.com/oauth2/default (3).',
};

export function OktaIssuerUrl(props: IllustrationProps): JSX.Element {
  const x = oktaContentX(true);
  const issuerX = x + 110;
  return (
    <Frame {...oktaIssuerUrlText} className={props.className} decorative={props.decorative}>
      <OktaConsole address={`${OKTA_ADMIN_HOST}/admin/oauth2/as`} nav={{ expanded: 'Security', active: 'API' }}>
        <Txt x={x} y={104} cls="ill-t-heading">
          API
        </Txt>
        <Txt x={x + 10} y={136} cls="ill-t-bold ill-t-link">
          Authorization Servers
        </Txt>
        <line className="ill-tab-active" x1={x} y1={144} x2={x + 160} y2={144} />
        <Txt x={x + 178} y={136} cls="ill-t-muted">
          Tokens
        </Txt>
        <Txt x={x + 244} y={136} cls="ill-t-muted">
          Trusted Origins
        </Txt>
        <line className="ill-line" x1={x} y1={146} x2={620} y2={146} />
        <rect className="ill-panel" x={x} y={158} width={430} height={230} rx={6} />
        <Button x={x + 14} y={170} label="Add Authorization Server" />
        <Txt x={x + 14} y={226} cls="ill-t-small ill-t-bold ill-t-muted">
          Name
        </Txt>
        <Txt x={issuerX} y={226} cls="ill-t-small ill-t-bold ill-t-muted">
          Issuer URI
        </Txt>
        <line className="ill-line" x1={x + 10} y1={234} x2={x + 420} y2={234} />
        <Txt x={x + 14} y={256} cls="ill-t-link">
          default
        </Txt>
        <Txt x={issuerX} y={256} cls="ill-t-mono">
          https://acme.okta.com/oauth2/default
        </Txt>
        <line className="ill-line" x1={x + 10} y1={266} x2={x + 420} y2={266} />
        <Txt x={x + 14} y={304} cls="ill-t-small ill-t-bold">
          Org authorization server:
        </Txt>
        <Txt x={x + 14} y={322} cls="ill-t-small">
          the issuer is your Okta domain, https://{OKTA_DOMAIN}
        </Txt>
        <Txt x={x + 14} y={346} cls="ill-t-small ill-t-accent">
          Not {OKTA_ADMIN_HOST}: that is the admin console.
        </Txt>
        <Mark {...oktaDomainBox} n={1} />
        <Mark {...oktaNavItemBox('Security', 'API')} n={2} />
        <Mark x={issuerX - 4} y={242} w={272} h={20} n={3} />
      </OktaConsole>
    </Frame>
  );
}
