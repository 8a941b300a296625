import type { JSX } from 'react';
import { CopyIcon, FIELD_H, Frame, Mark, Txt, Value, truncated, type IllustrationProps } from './svg-parts';
import { BLADE_TITLE_Y, ENTRA_APP_NAME, ENTRA_RIGHT, EntraBladeHeader, EntraConsole } from './entra-shell';
import { placeholderFor, shownValues, type Shown, type ShownValues } from './illustration-values';

/**
 * The tenant the Entra values belong to: the Login URL's (https://login.microsoftonline.com/<tenant>/saml2)
 * once the admin has it, else the tenant of a Microsoft issuer, else the example.
 */
function tenantOf(shown: ShownValues): Shown {
  const login = shown.samlSsoUrl.entra;
  if (!login.example) {
    const m = /^https:\/\/login\.microsoftonline\.[a-z.]+\/([^/]+)\/saml2\/?$/i.exec(login.text);
    if (m) return { text: decodeURIComponent(m[1]!), example: false };
  }
  return shown.entraTenant;
}

/** The three values of the page, in Entra's forms; the metadata URL's app ID is Entra's, so it stays an example. */
function entraSamlValues(shown: ShownValues): { metadataUrl: Shown; loginUrl: Shown; identifier: Shown } {
  const tenant = tenantOf(shown);
  const host = placeholderFor('idp-domain', 'entra');
  return {
    metadataUrl: { text: `https://${host}/${tenant.text}/federationmetadata/2007-06/federationmetadata.xml?appid=your-app-id`, example: true },
    loginUrl: shown.samlSsoUrl.entra,
    identifier: { text: `https://sts.windows.net/${tenant.text}/`, example: tenant.example },
  };
}

const said = (value: Shown) => (value.example ? `for example ${value.text}` : value.text);

export const entraSamlSetUpText = {
  title: 'Entra: copy the metadata URL, or the certificate, Login URL and Identifier',
  alt: (shown: ShownValues) => {
    const v = entraSamlValues(shown);
    return (
      `The "SAML-based Sign-on" page of the enterprise application "${ENTRA_APP_NAME}" in the Microsoft Entra admin center. ` +
      `In section 3, "SAML Certificates", the "App Federation Metadata Url" with its copy button is highlighted (1), ${said(v.metadataUrl)}; ` +
      'the "Download" link of "Certificate (Base64)" is highlighted (2). ' +
      `In section 4, "Set up ${ENTRA_APP_NAME}", the "Login URL" is highlighted (3), ${said(v.loginUrl)}, and the "Microsoft Entra Identifier" (4), ${said(v.identifier)}.`
    );
  },
};

const X = 16;
const INNER = X + 16;
const BOX_W = ENTRA_RIGHT - INNER - 40;
/** Monospace characters a box shows before Entra cuts the value: the metadata URL's start; a Login URL with a tenant GUID whole (squeezed a little). */
const BOX_CHARS = 62;
const LONG_BOX_CHARS = 80;

function Section(props: { n: number; title: string; y: number; h: number }): JSX.Element {
  return (
    <g>
      <rect className="ill-panel" x={X} y={props.y} width={ENTRA_RIGHT - X} height={props.h} rx={6} />
      <circle className="ill-selected" cx={INNER + 4} cy={props.y + 19} r={11} />
      <Txt x={INNER + 4} y={props.y + 24} cls="ill-t-small ill-t-bold" anchor="middle">
        {String(props.n)}
      </Txt>
      <Txt x={INNER + 24} y={props.y + 25} cls="ill-t-subheading">
        {props.title}
      </Txt>
      <Txt x={ENTRA_RIGHT - 14} y={props.y + 25} cls="ill-t-small ill-t-link" anchor="end">
        {'\u270E Edit'}
      </Txt>
    </g>
  );
}

/** A read-only value box with its copy button, label above. */
function CopyBox(props: { y: number; label: string; value: Shown; chars?: number }): JSX.Element {
  return (
    <g>
      <Txt x={INNER} y={props.y} cls="ill-t-small ill-t-bold">
        {props.label}
      </Txt>
      <rect className="ill-field-readonly" x={INNER} y={props.y + 6} width={BOX_W} height={FIELD_H} rx={4} />
      <Value x={INNER + 8} y={props.y + 25} value={{ ...props.value, text: truncated(props.value.text, props.chars ?? BOX_CHARS) }} mono maxW={BOX_W - 16} />
      <CopyIcon x={INNER + BOX_W + 10} y={props.y + 12} />
    </g>
  );
}

export function EntraSamlSetUp(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const v = entraSamlValues(shown);
  const top = BLADE_TITLE_Y + 12;
  const certY = top + 2;
  const setUpY = certY + 130;
  const downloadX = INNER + 170;
  return (
    <Frame title={entraSamlSetUpText.title} alt={entraSamlSetUpText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <EntraConsole address="entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn">
        <EntraBladeHeader x={X} crumbs={['Home', 'Enterprise applications', ENTRA_APP_NAME]} title={`${ENTRA_APP_NAME} | SAML-based Sign-on`} />
        <Section n={3} title="SAML Certificates" y={certY} h={122} />
        <CopyBox y={certY + 54} label="App Federation Metadata Url" value={v.metadataUrl} />
        <Txt x={INNER} y={certY + 110} cls="ill-t-small ill-t-bold">
          Certificate (Base64)
        </Txt>
        <Txt x={downloadX} y={certY + 110} cls="ill-t-small ill-t-link">
          Download
        </Txt>
        <Txt x={INNER + 290} y={certY + 110} cls="ill-t-small ill-t-bold">
          Certificate (Raw)
        </Txt>
        <Txt x={INNER + 446} y={certY + 110} cls="ill-t-small ill-t-link">
          Download
        </Txt>
        <Section n={4} title={`Set up ${ENTRA_APP_NAME}`} y={setUpY} h={VIEW_BOTTOM - setUpY} />
        <CopyBox y={setUpY + 50} label="Login URL" value={v.loginUrl} chars={LONG_BOX_CHARS} />
        <CopyBox y={setUpY + 104} label="Microsoft Entra Identifier" value={v.identifier} chars={LONG_BOX_CHARS} />
        <Mark x={INNER} y={certY + 60} w={BOX_W + 26} h={FIELD_H} n={1} side="left" />
        <Mark x={downloadX - 4} y={certY + 95} w={76} h={21} n={2} side="right" />
        <Mark x={INNER} y={setUpY + 56} w={BOX_W + 26} h={FIELD_H} n={3} side="left" />
        <Mark x={INNER} y={setUpY + 110} w={BOX_W + 26} h={FIELD_H} n={4} side="left" />
      </EntraConsole>
    </Frame>
  );
}

const VIEW_BOTTOM = 412;
