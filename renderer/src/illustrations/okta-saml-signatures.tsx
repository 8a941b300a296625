import type { JSX } from 'react';
import { Button, FIELD_H, Frame, Mark, Select, Txt, textWidth, type IllustrationProps } from './svg-parts';
import { OktaConsole } from './okta-shell';
import { shownValues } from './illustration-values';

export const oktaSamlSignaturesText = {
  title: 'Okta: Response and Assertion Signature both "Signed"',
  alt: () =>
    'The advanced settings of Okta\'s "Configure SAML" step, opened with "Show Advanced Settings". "Response" is set to Signed (1) and ' +
    '"Assertion Signature" is set to Signed (2): the Hub refuses a response where either is unsigned. Signature Algorithm RSA-SHA256, ' +
    'Digest Algorithm SHA256, Assertion Encryption Unencrypted. The "Next" button is highlighted (3); Finish comes on the page after.',
};

/** The advanced settings as Okta lays them out: label left, drop-down right. */
const ROWS: Array<{ label: string; value: string; marked?: number }> = [
  { label: 'Response', value: 'Signed', marked: 1 },
  { label: 'Assertion Signature', value: 'Signed', marked: 2 },
  { label: 'Signature Algorithm', value: 'RSA-SHA256' },
  { label: 'Digest Algorithm', value: 'SHA256' },
  { label: 'Assertion Encryption', value: 'Unencrypted' },
];
const FIRST_ROW = 176;
const ROW_STEP = 38;

export function OktaSamlSignatures(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const x = 44;
  const selectX = x + 214;
  const selectW = 180;
  const nextW = textWidth('Next') + 40;
  const nextX = 580 - 24 - nextW;
  return (
    <Frame title={oktaSamlSignaturesText.title} alt={oktaSamlSignaturesText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <OktaConsole shown={shown} path="/admin/apps/saml-wizard/edit">
        <Txt x={20} y={102} cls="ill-t-heading">
          Create SAML Integration
        </Txt>
        <rect className="ill-panel" x={20} y={116} width={560} height={294} rx={6} />
        <Txt x={x} y={146} cls="ill-t-link">
          Hide Advanced Settings
        </Txt>
        {ROWS.map((row, i) => {
          const boxY = FIRST_ROW + i * ROW_STEP;
          return (
            <g key={row.label}>
              <Txt x={x} y={boxY + 19} cls="ill-t-bold">
                {row.label}
              </Txt>
              <Select x={selectX} y={boxY} w={selectW} value={row.value} />
              {row.marked ? (
                <Txt x={selectX + selectW + 14} y={boxY + 19} cls="ill-t-small ill-t-accent">
                  Must be Signed
                </Txt>
              ) : null}
            </g>
          );
        })}
        <line className="ill-line" x1={20} y1={362} x2={580} y2={362} />
        <Button x={nextX - 112} y={372} w={100} label="Previous" kind="secondary" />
        <Button x={nextX} y={372} w={nextW} label="Next" />
        {ROWS.map((row, i) => (row.marked ? <Mark key={row.label} x={selectX} y={FIRST_ROW + i * ROW_STEP} w={selectW} h={FIELD_H} n={row.marked} /> : null))}
        <Mark x={nextX} y={372} w={nextW} h={30} n={3} side="right" />
      </OktaConsole>
    </Frame>
  );
}
