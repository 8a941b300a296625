/**
 * A simplified Google Cloud console, drawn for this app: browser bar, the
 * console's top bar with its project picker, and the "Google Auth Platform"
 * navigation (Overview, Branding, Audience, Clients, Data access). Not
 * Google's artwork; just enough, with Google's own labels, to recognise where
 * things are. Always light: the admin sees the console light whatever their OS theme.
 */
import type { JSX, ReactNode } from 'react';
import { BROWSER_BAR_H, BrowserBar, Txt, VIEW_H, VIEW_W, squeeze, textWidth } from './svg-parts';

export const GOOGLE_HEADER_BOTTOM = BROWSER_BAR_H + 44;
export const GOOGLE_NAV_W = 184;
export const GOOGLE_RIGHT = VIEW_W - 12;
/** The Hub's Google guide says only "Provide a name for your application": the name the other steps use. */
export const GOOGLE_APP_NAME = 'Hugging Face';
const PROJECT = 'My Project';
const AUTH_PLATFORM = 'Google Auth Platform';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const NAV = ['Overview', 'Branding', 'Audience', 'Clients', 'Data access', 'Verification Center', 'Settings'] as const;
export type GoogleNavItem = 'Overview' | 'Branding' | 'Audience' | 'Clients' | 'Data access';
const NAV_TOP = GOOGLE_HEADER_BOTTOM + 58;
const NAV_ROW = 30;

export function googleNavItemBox(item: GoogleNavItem): Box {
  const i = NAV.indexOf(item);
  return { x: 0, y: NAV_TOP + i * NAV_ROW - 19, w: GOOGLE_NAV_W - 10, h: 28 };
}

function SideNav(props: { active: GoogleNavItem }): JSX.Element {
  return (
    <g>
      <rect className="ill-panel-flat" x={0} y={GOOGLE_HEADER_BOTTOM} width={GOOGLE_NAV_W} height={VIEW_H - GOOGLE_HEADER_BOTTOM} />
      <line className="ill-line" x1={GOOGLE_NAV_W} y1={GOOGLE_HEADER_BOTTOM} x2={GOOGLE_NAV_W} y2={VIEW_H} />
      <text x={14} y={GOOGLE_HEADER_BOTTOM + 26} className="ill-t-bold" {...squeeze(AUTH_PLATFORM, GOOGLE_NAV_W - 24, (t) => Math.ceil(textWidth(t) * 1.08))}>
        {AUTH_PLATFORM}
      </text>
      {NAV.map((item, i) => {
        const y = NAV_TOP + i * NAV_ROW;
        const active = item === props.active;
        return (
          <g key={item}>
            {active ? <rect className="ill-selected" x={0} y={y - 19} width={GOOGLE_NAV_W - 10} height={28} rx={14} /> : null}
            <Txt x={40} y={y} cls={active ? 'ill-t-bold ill-t-link' : undefined}>
              {item}
            </Txt>
            <circle className="ill-icon" cx={22} cy={y - 5} r={5} />
          </g>
        );
      })}
    </g>
  );
}

export function googleContentX(withNav: boolean): number {
  return withNav ? GOOGLE_NAV_W + 18 : 20;
}

export function GoogleConsole(props: { path: string; nav?: GoogleNavItem; children: ReactNode }): JSX.Element {
  return (
    <g>
      <BrowserBar address={`console.cloud.google.com${props.path}`} />
      <rect className="ill-panel-flat" x={0} y={BROWSER_BAR_H} width={VIEW_W} height={44} />
      <line className="ill-line" x1={0} y1={GOOGLE_HEADER_BOTTOM} x2={VIEW_W} y2={GOOGLE_HEADER_BOTTOM} />
      {[0, 6, 12].map((d) => (
        <line key={d} className="ill-icon" x1={14} y1={BROWSER_BAR_H + 16 + d} x2={30} y2={BROWSER_BAR_H + 16 + d} />
      ))}
      <Txt x={42} y={BROWSER_BAR_H + 28} cls="ill-t-brand">
        Google Cloud
      </Txt>
      <rect className="ill-field" x={192} y={BROWSER_BAR_H + 9} width={118} height={26} rx={4} />
      <Txt x={202} y={BROWSER_BAR_H + 27} cls="ill-t-small">
        {PROJECT}
      </Txt>
      <path className="ill-icon" d={`M292 ${BROWSER_BAR_H + 19} l5 5 l5 -5`} />
      <rect className="ill-field" x={320} y={BROWSER_BAR_H + 9} width={230} height={26} rx={13} />
      <Txt x={334} y={BROWSER_BAR_H + 27} cls="ill-t-small ill-t-muted">
        Search (/) for resources…
      </Txt>
      <circle className="ill-avatar" cx={GOOGLE_RIGHT - 12} cy={BROWSER_BAR_H + 22} r={13} />
      {props.nav ? <SideNav active={props.nav} /> : null}
      {props.children}
    </g>
  );
}
