/**
 * A simplified Hugging Face Hub organization settings page, drawn for this
 * app (not the Hub's artwork): browser bar, the Hub's header with its mark
 * and wordmark, and the settings side navigation with "SSO" selected. The Hub
 * has a light and a dark theme, so these pictures follow the OS theme.
 */
import type { JSX, ReactNode } from 'react';
import { BROWSER_BAR_H, BrowserBar, HfMark, Txt, VIEW_H, VIEW_W, Value } from './svg-parts';
import type { ShownValues } from './illustration-values';

export const HUB_HEADER_BOTTOM = BROWSER_BAR_H + 44;
export const HUB_NAV_W = 150;
export const HUB_CONTENT_X = HUB_NAV_W + 16;
export const HUB_RIGHT = VIEW_W - 12;

const NAV = ['Profile', 'Members', 'Resource Groups', 'Tokens', 'Billing', 'SSO', 'Audit Logs'];

export function HubOrgSettings(props: { shown: ShownValues; children: ReactNode }): JSX.Element {
  const top = HUB_HEADER_BOTTOM + 30;
  const mid = BROWSER_BAR_H + 22;
  return (
    <g>
      <BrowserBar address={props.shown.hubSettingsAddress.text} />
      <rect className="ill-panel-flat" x={0} y={BROWSER_BAR_H} width={VIEW_W} height={44} />
      <line className="ill-line" x1={0} y1={HUB_HEADER_BOTTOM} x2={VIEW_W} y2={HUB_HEADER_BOTTOM} />
      <HfMark cx={26} cy={mid} size={28} />
      <Txt x={46} y={mid + 6} cls="ill-t-brand">
        Hugging Face
      </Txt>
      <rect className="ill-field" x={190} y={BROWSER_BAR_H + 8} width={230} height={28} rx={14} />
      <Txt x={204} y={BROWSER_BAR_H + 27} cls="ill-t-small ill-t-muted">
        Search models, datasets…
      </Txt>
      <Txt x={VIEW_W - 52} y={BROWSER_BAR_H + 27} cls="ill-t-small" anchor="end">
        Models
      </Txt>
      <circle className="ill-avatar" cx={VIEW_W - 26} cy={mid} r={12} />

      <rect className="ill-nav" x={-1} y={HUB_HEADER_BOTTOM} width={HUB_NAV_W + 1} height={VIEW_H - HUB_HEADER_BOTTOM + 1} />
      <Value x={16} y={top - 4} value={props.shown.org} cls="ill-t-subheading" maxW={HUB_NAV_W - 28} />
      <Txt x={16} y={top + 16} cls="ill-t-small ill-t-muted">
        Settings
      </Txt>
      {NAV.map((item, i) => {
        const y = top + 46 + i * 26;
        const active = item === 'SSO';
        return (
          <g key={item}>
            {active ? <rect className="ill-selected" x={8} y={y - 17} width={HUB_NAV_W - 16} height={24} rx={4} /> : null}
            <Txt x={16} y={y} cls={active ? 'ill-t-bold ill-t-link' : 'ill-t-muted'}>
              {item}
            </Txt>
          </g>
        );
      })}
      <Txt x={HUB_CONTENT_X} y={HUB_HEADER_BOTTOM + 32} cls="ill-t-heading">
        Single Sign-On (SSO)
      </Txt>
      {props.children}
    </g>
  );
}
