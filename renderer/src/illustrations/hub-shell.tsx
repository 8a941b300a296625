/**
 * A simplified Hugging Face Hub organization settings page, drawn for this
 * app (not the Hub's artwork): browser bar, header, and the settings side
 * navigation with "SSO" selected.
 */
import type { JSX, ReactNode } from 'react';
import { BROWSER_BAR_H, BrowserBar, Txt, VIEW_H, VIEW_W } from './svg-parts';
import { hubSsoSettingsUrl } from '../../../common/rules/hub-urls';

export const HUB_HEADER_BOTTOM = BROWSER_BAR_H + 42;
export const HUB_NAV_W = 150;
export const HUB_CONTENT_X = HUB_NAV_W + 20;
export const HUB_ORG = 'acme-corp';

const NAV = ['Profile', 'Members', 'Resource Groups', 'Tokens', 'Billing', 'SSO', 'Audit Logs'];

export function HubOrgSettings(props: { children: ReactNode }): JSX.Element {
  const top = HUB_HEADER_BOTTOM + 30;
  return (
    <g>
      <BrowserBar address={hubSsoSettingsUrl(HUB_ORG).replace(/^https:\/\//, '')} />
      <rect className="ill-panel-flat" x={0} y={BROWSER_BAR_H} width={VIEW_W} height={42} />
      <line className="ill-line" x1={0} y1={HUB_HEADER_BOTTOM} x2={VIEW_W} y2={HUB_HEADER_BOTTOM} />
      <circle className="ill-hub-brand" cx={28} cy={BROWSER_BAR_H + 21} r={10} />
      <Txt x={46} y={BROWSER_BAR_H + 26} cls="ill-t-brand">
        Hugging Face
      </Txt>
      <rect className="ill-field" x={170} y={BROWSER_BAR_H + 9} width={200} height={24} rx={12} />
      <Txt x={184} y={BROWSER_BAR_H + 25} cls="ill-t-small ill-t-muted">
        Search models, datasets…
      </Txt>
      <circle className="ill-dot" cx={VIEW_W - 28} cy={BROWSER_BAR_H + 21} r={11} />

      <rect className="ill-nav" x={-1} y={HUB_HEADER_BOTTOM} width={HUB_NAV_W + 1} height={VIEW_H - HUB_HEADER_BOTTOM + 1} />
      <Txt x={18} y={top - 6} cls="ill-t-subheading">
        {HUB_ORG}
      </Txt>
      <Txt x={18} y={top + 10} cls="ill-t-small ill-t-muted">
        Organization settings
      </Txt>
      {NAV.map((item, i) => {
        const y = top + 38 + i * 24;
        const active = item === 'SSO';
        return (
          <g key={item}>
            {active ? <rect className="ill-selected" x={10} y={y - 16} width={HUB_NAV_W - 20} height={22} rx={4} /> : null}
            <Txt x={20} y={y} cls={active ? 'ill-t-bold ill-t-link' : 'ill-t-muted'}>
              {item}
            </Txt>
          </g>
        );
      })}
      <Txt x={HUB_CONTENT_X} y={HUB_HEADER_BOTTOM + 30} cls="ill-t-heading">
        Single Sign-On (SSO)
      </Txt>
      {props.children}
    </g>
  );
}
