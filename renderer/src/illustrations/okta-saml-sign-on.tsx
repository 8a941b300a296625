import type { JSX } from 'react';
import { CopyIcon, FIELD_H, Frame, Mark, Txt, Value, truncated, type IllustrationProps } from './svg-parts';
import { OKTA_APP_NAME, OKTA_RIGHT, OktaAppHeader, OktaConsole, oktaAppTabBox, oktaContentX } from './okta-shell';
import { shownValues, type Shown, type ShownValues } from './illustration-values';

/** The Okta host the app lives on: the SSO URL's once the admin has it, else their Okta domain (or the example's). */
function oktaHost(shown: ShownValues): Shown {
  const sso = shown.samlSsoUrl.okta;
  return sso.example ? shown.idpDomain : { text: new URL(sso.text).host, example: false };
}

/** Okta's forms of the app's metadata URL and issuer; the app's ID is Okta's, so these stay examples. */
function metadataUrl(shown: ShownValues): Shown {
  return { text: `https://${oktaHost(shown).text}/app/your-app-id/sso/saml/metadata`, example: true };
}
const ISSUER: Shown = { text: 'http://www.okta.com/your-app-id', example: true };

export const oktaSamlSignOnText = {
  title: 'Okta: the Sign On tab’s SAML 2.0 metadata and details',
  alt: (shown: ShownValues) =>
    `The Sign On tab (1) of the "${OKTA_APP_NAME}" SAML 2.0 app integration in Okta. Under SAML 2.0, Metadata details, the "Metadata URL" with its copy button is highlighted (2), ` +
    `for example ${metadataUrl(shown).text}. "More details" is highlighted (3); it shows the Sign on URL ` +
    `(${shown.samlSsoUrl.okta.example ? `for example ${shown.samlSsoUrl.okta.text}` : shown.samlSsoUrl.okta.text}), the Issuer (for example ${ISSUER.text}) ` +
    'and the Signing Certificate with Download and Copy buttons, highlighted together (4).',
};

export function OktaSamlSignOn(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const x = oktaContentX(true);
  const inner = x + 14;
  const boxW = OKTA_RIGHT - 14 - inner - 24;
  const valueRight = OKTA_RIGHT - 14 - 22;
  // Each value starts after its own label (Okta's rows are label, value, copy), cut and slightly squeezed to its room.
  const details: Array<{ label: string; value: Shown; x: number }> = [
    { label: 'Sign on URL', value: shown.samlSsoUrl.okta, x: inner + 108 },
    { label: 'Issuer', value: ISSUER, x: inner + 62 },
  ];
  const certX = inner + 160;
  const detailY = (i: number) => 326 + i * 28;
  return (
    <Frame title={oktaSamlSignOnText.title} alt={oktaSamlSignOnText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <OktaConsole shown={shown} path="/admin/app/hugging_face_saml/instance/signon" nav={{ expanded: 'Applications', active: 'Applications' }}>
        <OktaAppHeader activeTab="Sign On" kind="saml" />
        <rect className="ill-panel" x={x} y={162} width={OKTA_RIGHT - x} height={248} rx={6} />
        <Txt x={inner} y={186} cls="ill-t-subheading">
          SAML 2.0
        </Txt>
        <Txt x={inner} y={208} cls="ill-t-small ill-t-bold ill-t-muted">
          Metadata details
        </Txt>
        <Txt x={inner} y={232} cls="ill-t-small ill-t-bold">
          Metadata URL
        </Txt>
        <rect className="ill-field-readonly" x={inner} y={240} width={boxW} height={FIELD_H} rx={4} />
        <Value x={inner + 8} y={259} value={{ ...metadataUrl(shown), text: truncated(metadataUrl(shown).text, Math.floor(((boxW - 16) / 8.4) * 1.2)) }} mono maxW={boxW - 16} />
        <CopyIcon x={inner + boxW + 8} y={246} />
        <Txt x={inner} y={296} cls="ill-t-link">
          {'\u02C5 More details'}
        </Txt>
        {details.map((d, i) => (
          <g key={d.label}>
            <Txt x={inner} y={detailY(i)} cls="ill-t-small ill-t-bold">
              {d.label}
            </Txt>
            <Value x={d.x} y={detailY(i)} value={{ ...d.value, text: truncated(d.value.text, Math.floor(((valueRight - d.x) / 8.4) * 1.2)) }} mono maxW={valueRight - d.x} />
            <CopyIcon x={valueRight + 6} y={detailY(i) - 13} />
          </g>
        ))}
        <Txt x={inner} y={detailY(2)} cls="ill-t-small ill-t-bold">
          Signing Certificate
        </Txt>
        <Txt x={certX} y={detailY(2)} cls="ill-t-link">
          Download
        </Txt>
        <Txt x={certX + 90} y={detailY(2)} cls="ill-t-link">
          Copy
        </Txt>
        <Mark {...oktaAppTabBox('Sign On', 'saml')} n={1} side="below" />
        <Mark x={inner} y={240} w={boxW + 26} h={FIELD_H} n={2} side="left" />
        <Mark x={inner - 4} y={279} w={116} h={23} n={3} side="right" />
        <Mark x={inner - 4} y={detailY(0) - 18} w={OKTA_RIGHT - 10 - inner} h={detailY(2) - detailY(0) + 26} n={4} side="left" />
      </OktaConsole>
    </Frame>
  );
}
