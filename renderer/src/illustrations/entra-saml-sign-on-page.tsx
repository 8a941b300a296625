/**
 * The enterprise application's "SAML-based Sign-on" page, narrowed to a strip
 * at the left: its four numbered sections, each with an Edit link, as seen
 * behind the pane an Edit opens (Basic SAML Configuration, SAML Signing Certificate).
 */
import type { JSX } from 'react';
import { Txt, squeeze, textWidth } from './svg-parts';
import { BLADE_TITLE_Y, ENTRA_APP_NAME, EntraBladeHeader, type Box } from './entra-shell';

/** Where the pane opened over the page starts. */
export const SAML_PANE_X = 176;
const X = 16;
const W = SAML_PANE_X - 12 - X;
const TOP = BLADE_TITLE_Y + 8;
const CARD_H = 67;
const CARD_STEP = 71;

export const SAML_SECTIONS: Array<[string, string]> = [
  ['Basic SAML', 'Configuration'],
  ['Attributes &', 'Claims'],
  ['SAML', 'Certificates'],
  ['Set up', ENTRA_APP_NAME],
];
export type SamlSection = 1 | 2 | 3 | 4;

/** The Edit link of section `n` (1 to 4). */
export function samlSectionEditBox(n: SamlSection): Box {
  const y = TOP + (n - 1) * CARD_STEP;
  return { x: X + 26, y: y + 46, w: textWidth('\u270E Edit') + 10, h: 18 };
}

export function EntraSamlSignOnStrip(): JSX.Element {
  return (
    <g>
      <EntraBladeHeader x={X} right={X + W} crumbs={['Home']} title={ENTRA_APP_NAME} />
      {SAML_SECTIONS.map((lines, i) => {
        const y = TOP + i * CARD_STEP;
        const edit = samlSectionEditBox((i + 1) as SamlSection);
        return (
          <g key={lines.join(' ')}>
            <rect className="ill-panel" x={X} y={y} width={W} height={CARD_H} rx={6} />
            <circle className="ill-selected" cx={X + 14} cy={y + 15} r={10} />
            <Txt x={X + 14} y={y + 20} cls="ill-t-small ill-t-bold" anchor="middle">
              {String(i + 1)}
            </Txt>
            {lines.map((line, j) => (
              <text key={line} x={X + 30} y={y + 19 + j * 16} className="ill-t-small ill-t-bold" {...squeeze(line, W - 38, (t) => Math.ceil(textWidth(t) * 1.08))}>
                {line}
              </text>
            ))}
            <Txt x={edit.x + 4} y={edit.y + 14} cls="ill-t-small ill-t-link">
              {'\u270E Edit'}
            </Txt>
          </g>
        );
      })}
    </g>
  );
}
