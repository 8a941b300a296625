import type { JSX } from 'react';
import { CopyIcon, FIELD_H, Frame, Mark, Txt, Value, truncated, type IllustrationProps } from './svg-parts';
import { BLADE_BODY_Y, ENTRA_APP_NAME, ENTRA_HEADER_BOTTOM, ENTRA_RIGHT, EntraBladeHeader, EntraConsole, EntraPane, entraCommandBox } from './entra-shell';
import { shownValues, type Shown, type ShownValues } from './illustration-values';

export const entraEndpointsText = {
  title: 'Entra: copy the OpenID Connect metadata document URL',
  alt: (shown: ShownValues) =>
    `The Overview of the "${ENTRA_APP_NAME}" app registration with its "Endpoints" button highlighted (1), and the Endpoints pane it opens. ` +
    `The "OpenID Connect metadata document" field and its copy button are highlighted (2): ${shown.entraMetadataUrl.example ? 'for example ' : ''}${shown.entraMetadataUrl.text}, ` +
    'the URL to paste into the Hub\'s Issuer URL field. Above it are the OAuth 2.0 authorization and token endpoints (v2).',
};

const COMMANDS = ['Delete', 'Endpoints', 'Preview features'];
const PANE_X = 232;
/** Monospace characters a pane field shows before Entra cuts the value. */
const FIELD_CHARS = 34;

/** The metadata URL broken where it has slashes, so it fits the pane in three lines. */
function urlLines(url: Shown): Shown[] {
  const m = /^(https:\/\/[^/]+\/)([^/]+\/v2\.0\/)(.*)$/.exec(url.text);
  const parts = m ? [m[1]!, m[2]!, m[3]!] : [url.text];
  return parts.map((text) => ({ text, example: url.example }));
}

export function EntraEndpoints(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const inner = PANE_X + 16;
  const fieldW = ENTRA_RIGHT - inner - 26;
  const authority = shown.entraMetadataUrl.text.replace(/\/v2\.0\/\.well-known\/openid-configuration$/, '');
  const fields: Array<{ label: string; value: Shown }> = [
    { label: 'OAuth 2.0 authorization endpoint (v2)', value: { text: `${authority}/oauth2/v2.0/authorize`, example: shown.entraMetadataUrl.example } },
    { label: 'OAuth 2.0 token endpoint (v2)', value: { text: `${authority}/oauth2/v2.0/token`, example: shown.entraMetadataUrl.example } },
    { label: 'OpenID Connect metadata document', value: shown.entraMetadataUrl },
  ];
  const fieldTop = (i: number) => ENTRA_HEADER_BOTTOM + 58 + i * 58;
  const metaBoxY = fieldTop(2) + 8;
  return (
    <Frame title={entraEndpointsText.title} alt={entraEndpointsText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <EntraConsole>
        <EntraBladeHeader x={16} crumbs={['Home', 'App registrations']} title={ENTRA_APP_NAME} commands={COMMANDS} />
        <Txt x={16} y={BLADE_BODY_Y + 22} cls="ill-t-subheading">
          {'\u02C4 Essentials'}
        </Txt>
        {['Display name', 'Application (client) ID', 'Object ID', 'Directory (tenant) ID'].map((label, i) => (
          <Txt key={label} x={16} y={BLADE_BODY_Y + 52 + i * 30} cls="ill-t-muted">
            {label}
          </Txt>
        ))}
        <EntraPane x={PANE_X} title="Endpoints">
          {fields.map((f, i) => (
            <g key={f.label}>
              <Txt x={inner} y={fieldTop(i)} cls="ill-t-small ill-t-bold">
                {f.label}
              </Txt>
              <rect className="ill-field-readonly" x={inner} y={fieldTop(i) + 8} width={fieldW} height={FIELD_H} rx={4} />
              <Value x={inner + 8} y={fieldTop(i) + 27} value={{ text: truncated(f.value.text, FIELD_CHARS), example: f.value.example }} mono maxW={fieldW - 16} />
              <CopyIcon x={inner + fieldW + 8} y={fieldTop(i) + 14} />
            </g>
          ))}
          <Txt x={inner} y={metaBoxY + 52} cls="ill-t-small ill-t-accent">
            The whole URL, for the Hub's Issuer URL:
          </Txt>
          {urlLines(shown.entraMetadataUrl).map((line, i) => (
            <Value key={i} x={inner} y={metaBoxY + 74 + i * 19} value={line} mono maxW={ENTRA_RIGHT - inner} />
          ))}
        </EntraPane>
        <Mark {...entraCommandBox(16, COMMANDS, 1)} n={1} side="below" />
        <Mark x={inner} y={metaBoxY} w={fieldW + 26} h={FIELD_H} n={2} side="left" />
      </EntraConsole>
    </Frame>
  );
}
