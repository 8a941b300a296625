import type { JSX } from 'react';
import { Button, CopyIcon, FIELD_H, Frame, Mark, Txt, VIEW_H, VIEW_W, Value, textWidth, type IllustrationProps } from './svg-parts';
import { GOOGLE_APP_NAME, GOOGLE_HEADER_BOTTOM, GoogleConsole, googleContentX } from './google-shell';
import { shownValues, type ShownValues } from './illustration-values';

export const googleClientCreatedText = {
  title: 'Google Cloud: copy the Client ID and Client secret from "OAuth client created"',
  alt: (shown: ShownValues) =>
    `The "OAuth client created" pop-up in the Google Cloud console, over the Clients list. The Client ID` +
    `${shown.googleClientId.example ? `, for example ${shown.googleClientId.text},` : ` (${shown.googleClientId.text})`} and its copy button are highlighted (1); ` +
    'the Client secret and its copy button are highlighted (2): copy it now, it is not shown again after the pop-up closes. ' +
    '"Download JSON" is highlighted (3); the "OK" button closes the pop-up.',
};

const DX = 64;
const DW = VIEW_W - 2 * DX;

export function GoogleClientCreated(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const left = DX + 24;
  const boxW = DW - 48 - 28;
  const downloadLabel = '\u2913 Download JSON';
  const downloadW = Math.ceil(textWidth(downloadLabel) * 1.2) + 12;
  const okW = textWidth('OK') + 36;
  const x = googleContentX(true);
  return (
    <Frame title={googleClientCreatedText.title} alt={googleClientCreatedText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <GoogleConsole path="/auth/clients" nav="Clients">
        <Txt x={x} y={GOOGLE_HEADER_BOTTOM + 32} cls="ill-t-heading">
          OAuth 2.0 Client IDs
        </Txt>
        <Txt x={x} y={GOOGLE_HEADER_BOTTOM + 64} cls="ill-t-link">
          {GOOGLE_APP_NAME}
        </Txt>
      </GoogleConsole>
      <rect className="ill-overlay" x={0} y={0} width={VIEW_W} height={VIEW_H} />
      <rect className="ill-panel" x={DX} y={44} width={DW} height={364} rx={8} />
      <Txt x={left} y={78} cls="ill-t-heading">
        OAuth client created
      </Txt>
      <Txt x={left} y={106} cls="ill-t-small ill-t-accent">
        Copy the secret now: it is not shown again
      </Txt>
      <Txt x={left} y={124} cls="ill-t-small ill-t-accent">
        after you close this pop-up.
      </Txt>
      <Txt x={left} y={156} cls="ill-t-small ill-t-bold">
        Client ID
      </Txt>
      <rect className="ill-field-readonly" x={left} y={164} width={boxW} height={FIELD_H} rx={4} />
      <Value x={left + 8} y={183} value={shown.googleClientId} mono maxW={boxW - 16} />
      <CopyIcon x={left + boxW + 8} y={170} />
      <Txt x={left} y={218} cls="ill-t-small ill-t-bold">
        Client secret
      </Txt>
      <rect className="ill-field-readonly" x={left} y={226} width={boxW} height={FIELD_H} rx={4} />
      <Txt x={left + 8} y={245} cls="ill-t-mono">
        {'GOCSPX-\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022'}
      </Txt>
      <CopyIcon x={left + boxW + 8} y={232} />
      <Txt x={left} y={284} cls="ill-t-small ill-t-muted">
        Creation date
      </Txt>
      <Txt x={left + 130} y={284} cls="ill-t-small">
        2 December 2026
      </Txt>
      <Txt x={left} y={306} cls="ill-t-small ill-t-muted">
        Status
      </Txt>
      <Txt x={left + 130} y={306} cls="ill-t-small ill-t-success">
        {'\u2713 Enabled'}
      </Txt>
      <Txt x={left + 4} y={344} cls="ill-t-link ill-t-bold">
        {downloadLabel}
      </Txt>
      <line className="ill-line" x1={DX} y1={360} x2={DX + DW} y2={360} />
      <Button x={DX + DW - 24 - okW} y={368} w={okW} label="OK" kind="secondary" />
      <Mark x={left} y={164} w={boxW + 26} h={FIELD_H} n={1} side="left" />
      <Mark x={left} y={226} w={boxW + 26} h={FIELD_H} n={2} side="left" />
      <Mark x={left} y={328} w={downloadW} h={24} n={3} side="right" />
    </Frame>
  );
}
