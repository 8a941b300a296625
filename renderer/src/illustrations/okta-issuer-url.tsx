import type { JSX } from 'react';
import { Button, Frame, Mark, Txt, Value, type IllustrationProps } from './svg-parts';
import { OKTA_RIGHT, OktaConsole, oktaContentX, oktaDomainBox, oktaNavItemBox } from './okta-shell';
import { shownValues, type Shown, type ShownValues } from './illustration-values';

/** The custom authorization server's issuer to show: the admin's own when theirs is one, else their domain's "default" server. */
function customIssuer(shown: ShownValues): Shown {
  if (!shown.issuerUrl.example && new URL(shown.issuerUrl.text).pathname.startsWith('/oauth2/')) return shown.issuerUrl;
  return { text: `https://${shown.idpDomain.text}/oauth2/default`, example: shown.idpDomain.example };
}

export const oktaIssuerUrlText = {
  title: 'Okta: where to find the Issuer URL',
  alt: (shown: ShownValues) =>
    `Two places in the Okta Admin Console. For Okta's org authorization server the issuer is your Okta domain, https://${shown.idpDomain.text}` +
    `${shown.idpDomain.example ? ' (an example)' : ''}, shown under your name at the top right (1); not the "-admin" address of the console` +
    `${shown.oktaAdminHost.text !== shown.idpDomain.text ? ` (${shown.oktaAdminHost.text})` : ''}. For a custom authorization server open Security → API (2) ` +
    `and copy the "Issuer URI" of the server in the Authorization Servers list, e.g. ${customIssuer(shown).text} (3).`,
};

export function OktaIssuerUrl(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const x = oktaContentX(true);
  const inner = x + 14;
  const innerW = OKTA_RIGHT - 14 - inner;
  const domainIssuer: Shown = { text: `https://${shown.idpDomain.text}`, example: shown.idpDomain.example };
  return (
    <Frame title={oktaIssuerUrlText.title} alt={oktaIssuerUrlText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <OktaConsole shown={shown} path="/admin/oauth2/as" nav={{ expanded: 'Security', active: 'API' }}>
        <Txt x={x} y={108} cls="ill-t-heading">
          API
        </Txt>
        <Txt x={x + 8} y={140} cls="ill-t-bold ill-t-link">
          Authorization Servers
        </Txt>
        <line className="ill-tab-active" x1={x} y1={149} x2={x + 182} y2={149} />
        <Txt x={x + 196} y={140} cls="ill-t-muted">
          Tokens
        </Txt>
        <Txt x={x + 262} y={140} cls="ill-t-muted">
          Trusted Origins
        </Txt>
        <line className="ill-line" x1={x} y1={151} x2={OKTA_RIGHT} y2={151} />
        <rect className="ill-panel" x={x} y={162} width={OKTA_RIGHT - x} height={248} rx={6} />
        <Button x={inner} y={174} label="Add Authorization Server" />
        <Txt x={inner} y={230} cls="ill-t-small ill-t-bold ill-t-muted">
          Name
        </Txt>
        <Txt x={inner + 90} y={230} cls="ill-t-small ill-t-bold ill-t-muted">
          Issuer URI
        </Txt>
        <line className="ill-line" x1={inner - 4} y1={238} x2={OKTA_RIGHT - 10} y2={238} />
        <Txt x={inner} y={260} cls="ill-t-link">
          default
        </Txt>
        <Value x={inner} y={284} value={customIssuer(shown)} mono maxW={innerW} />
        <line className="ill-line" x1={inner - 4} y1={296} x2={OKTA_RIGHT - 10} y2={296} />
        <Txt x={inner} y={322} cls="ill-t-small ill-t-bold">
          Org authorization server: the issuer is
        </Txt>
        <Value x={inner} y={344} value={domainIssuer} mono maxW={innerW} />
        <Txt x={inner} y={370} cls="ill-t-small ill-t-accent">
          Not the admin console's address:
        </Txt>
        <Value x={inner} y={392} value={shown.oktaAdminHost} mono cls="ill-t-accent" maxW={innerW} />
        <Mark {...oktaDomainBox(shown.idpDomain.text)} n={1} side="below" />
        <Mark {...oktaNavItemBox('Security', 'API')} n={2} side="right" />
        <Mark x={inner - 4} y={266} w={innerW + 8} h={24} n={3} side="left" />
      </OktaConsole>
    </Frame>
  );
}
