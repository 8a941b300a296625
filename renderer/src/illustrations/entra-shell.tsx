/**
 * A simplified Microsoft Entra admin center, drawn for this app: browser bar,
 * the admin center's top bar, the left navigation (Identity → Applications →
 * Enterprise applications / App registrations), and a blade header with its
 * breadcrumbs, title and command bar. Not Microsoft's artwork; just enough,
 * with Entra's own labels, to recognise where things are. Always light: the
 * admin sees the admin center light whatever their OS theme.
 */
import type { JSX, ReactNode } from 'react';
import { BROWSER_BAR_H, BrowserBar, Txt, VIEW_H, VIEW_W, squeeze, textWidth } from './svg-parts';

export const ENTRA_HEADER_BOTTOM = BROWSER_BAR_H + 40;
export const ENTRA_NAV_W = 212;
/** Right edge of the content area. */
export const ENTRA_RIGHT = VIEW_W - 12;
/** The name the Hub's Entra guide gives as its example ("for example, Hugging Face SSO"). */
export const ENTRA_APP_NAME = 'Hugging Face SSO';
export const ENTRA_ADDRESS = 'entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The global navigation, Identity and its Applications group expanded. Indent 0, 1 or 2. */
const NAV: Array<{ label: string; indent: 0 | 1 | 2; open?: boolean }> = [
  { label: 'Home', indent: 0 },
  { label: 'Identity', indent: 0, open: true },
  { label: 'Overview', indent: 1 },
  { label: 'Users', indent: 1 },
  { label: 'Groups', indent: 1 },
  { label: 'Applications', indent: 1, open: true },
  { label: 'Enterprise applications', indent: 2 },
  { label: 'App registrations', indent: 2 },
  { label: 'Protection', indent: 1 },
  { label: 'Identity governance', indent: 1 },
  { label: 'External Identities', indent: 1 },
  { label: 'Show more', indent: 1 },
];
export type EntraNavItem = 'Enterprise applications' | 'App registrations';
const NAV_TOP = ENTRA_HEADER_BOTTOM + 24;
const NAV_ROW = 25;

/** Where an item of the navigation sits, so a picture can highlight it. */
export function entraNavItemBox(item: EntraNavItem): Box {
  const i = NAV.findIndex((n) => n.label === item);
  return { x: 8, y: NAV_TOP + i * NAV_ROW - 17, w: ENTRA_NAV_W - 16, h: 23 };
}

function SideNav(props: { active: EntraNavItem }): JSX.Element {
  return (
    <g>
      <rect className="ill-nav" x={-1} y={ENTRA_HEADER_BOTTOM} width={ENTRA_NAV_W + 1} height={VIEW_H - ENTRA_HEADER_BOTTOM + 1} />
      {NAV.map((n, i) => {
        const y = NAV_TOP + i * NAV_ROW;
        const active = n.label === props.active;
        const x = 16 + n.indent * 12;
        return (
          <g key={n.label}>
            {active ? <rect className="ill-selected" x={8} y={y - 17} width={ENTRA_NAV_W - 16} height={23} rx={4} /> : null}
            <text x={x} y={y} className={active ? 'ill-t-bold ill-t-link' : n.indent === 0 || n.open ? 'ill-t-bold' : 'ill-t-muted'} {...squeeze(n.label, ENTRA_NAV_W - x - 10, textWidth)}>
              {n.label}
            </text>
            {n.open !== undefined ? (
              <Txt x={ENTRA_NAV_W - 14} y={y} cls="ill-t-muted" anchor="end">
                {'\u02C4'}
              </Txt>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

/** The content area's left edge: right of the navigation, or the full width. */
export function entraContentX(withNav: boolean): number {
  return withNav ? ENTRA_NAV_W + 14 : 16;
}

export function EntraConsole(props: {
  /** The address bar's text after the host, e.g. "/#view/…". */
  address?: string;
  nav?: EntraNavItem;
  children: ReactNode;
}): JSX.Element {
  return (
    <g>
      <BrowserBar address={props.address ?? ENTRA_ADDRESS} />
      <rect className="ill-panel-flat" x={0} y={BROWSER_BAR_H} width={VIEW_W} height={40} />
      <line className="ill-line" x1={0} y1={ENTRA_HEADER_BOTTOM} x2={VIEW_W} y2={ENTRA_HEADER_BOTTOM} />
      <Txt x={14} y={BROWSER_BAR_H + 26} cls="ill-t-subheading">
        Microsoft Entra admin center
      </Txt>
      <rect className="ill-field" x={270} y={BROWSER_BAR_H + 7} width={190} height={26} rx={4} />
      <Txt x={282} y={BROWSER_BAR_H + 25} cls="ill-t-small ill-t-muted">
        Search
      </Txt>
      <circle className="ill-avatar" cx={ENTRA_RIGHT - 10} cy={BROWSER_BAR_H + 20} r={11} />
      <Txt x={ENTRA_RIGHT - 28} y={BROWSER_BAR_H + 25} cls="ill-t-small ill-t-bold" anchor="end">
        Jane Admin
      </Txt>
      {props.nav ? <SideNav active={props.nav} /> : null}
      {props.children}
    </g>
  );
}

/** Baselines of a blade's header rows. */
export const BLADE_CRUMB_Y = ENTRA_HEADER_BOTTOM + 22;
export const BLADE_TITLE_Y = ENTRA_HEADER_BOTTOM + 48;
export const BLADE_COMMAND_Y = ENTRA_HEADER_BOTTOM + 80;
/** Below the command bar: where a blade's content starts. */
export const BLADE_BODY_Y = BLADE_COMMAND_Y + 24;

/**
 * A blade's header: breadcrumbs (links, "›" between), the title, and the
 * command bar, from `x` to `right`. Returns nothing to mark: use entraCommandBox.
 */
export function EntraBladeHeader(props: { x: number; right?: number; crumbs: string[]; title: string; commands?: string[] }): JSX.Element {
  const right = props.right ?? ENTRA_RIGHT;
  const crumbs = props.crumbs.join(' \u203A ') + ' \u203A';
  return (
    <g>
      <text x={props.x} y={BLADE_CRUMB_Y} className="ill-t-small ill-t-link" {...squeeze(crumbs, right - props.x, textWidth)}>
        {crumbs}
      </text>
      <text x={props.x} y={BLADE_TITLE_Y} className="ill-t-heading" {...squeeze(props.title, right - props.x, (t) => textWidth(t, 18))}>
        {props.title}
      </text>
      {(props.commands ?? []).map((c, i) => {
        const box = entraCommandBox(props.x, props.commands ?? [], i);
        return (
          <Txt key={c} x={box.x + 4} y={BLADE_COMMAND_Y} cls="ill-t-link">
            {c}
          </Txt>
        );
      })}
      {props.commands ? <line className="ill-line" x1={props.x} y1={BLADE_COMMAND_Y + 10} x2={right} y2={BLADE_COMMAND_Y + 10} /> : null}
    </g>
  );
}

/** Where command `index` of a command bar starting at `x` sits. */
export function entraCommandBox(x: number, commands: string[], index: number): Box {
  let left = x - 4;
  // Allow for wider fonts than textWidth's estimate, so a highlight holds its label.
  const w = (c: string) => Math.ceil(textWidth(c) * 1.12) + 8;
  for (let i = 0; i < index; i++) left += w(commands[i]!) + 18;
  return { x: left, y: BLADE_COMMAND_Y - 16, w: w(commands[index]!), h: 22 };
}

/** A pane that opens from the right over the blade (Entra's context pane), with its title and close mark. */
export function EntraPane(props: { x: number; title: string; children: ReactNode }): JSX.Element {
  return (
    <g>
      <rect className="ill-panel" x={props.x} y={ENTRA_HEADER_BOTTOM} width={VIEW_W - props.x + 1} height={VIEW_H - ENTRA_HEADER_BOTTOM + 1} />
      <Txt x={props.x + 16} y={ENTRA_HEADER_BOTTOM + 30} cls="ill-t-heading">
        {props.title}
      </Txt>
      <Txt x={ENTRA_RIGHT - 4} y={ENTRA_HEADER_BOTTOM + 30} cls="ill-t-muted" anchor="end">
        {'\u2715'}
      </Txt>
      {props.children}
    </g>
  );
}

/** An app's own menu (left of its blades): an app registration's or an enterprise application's. */
const APP_MENUS = {
  registration: [
    { label: 'Overview' },
    { label: 'Quickstart' },
    { label: 'Integration assistant' },
    { label: 'Manage', heading: true },
    { label: 'Branding & properties' },
    { label: 'Authentication' },
    { label: 'Certificates & secrets' },
    { label: 'Token configuration' },
    { label: 'API permissions' },
    { label: 'Expose an API' },
    { label: 'App roles' },
  ],
  enterprise: [
    { label: 'Overview' },
    { label: 'Deployment Plan' },
    { label: 'Diagnose and solve problems' },
    { label: 'Manage', heading: true },
    { label: 'Properties' },
    { label: 'Owners' },
    { label: 'Roles and administrators' },
    { label: 'Users and groups' },
    { label: 'Single sign-on' },
    { label: 'Provisioning' },
    { label: 'Self-service' },
  ],
} satisfies Record<string, Array<{ label: string; heading?: boolean }>>;
export type EntraAppMenuKind = keyof typeof APP_MENUS;
export type EntraAppMenuItem = 'Overview' | 'Authentication' | 'Certificates & secrets' | 'Token configuration' | 'Properties' | 'Users and groups' | 'Single sign-on';
export const ENTRA_APP_MENU_W = 196;
const APP_MENU_TOP = BLADE_TITLE_Y + 34;
const APP_MENU_ROW = 24;

export function entraAppMenuBox(item: EntraAppMenuItem, kind: EntraAppMenuKind = 'registration'): Box {
  const i = APP_MENUS[kind].findIndex((m) => m.label === item);
  if (i < 0) throw new Error(`no ${item} in the ${kind} menu`);
  return { x: 6, y: APP_MENU_TOP + i * APP_MENU_ROW - 17, w: ENTRA_APP_MENU_W - 12, h: 23 };
}

export function EntraAppMenu(props: { active: EntraAppMenuItem; kind?: EntraAppMenuKind }): JSX.Element {
  const items: Array<{ label: string; heading?: boolean }> = APP_MENUS[props.kind ?? 'registration'];
  return (
    <g>
      <line className="ill-line" x1={ENTRA_APP_MENU_W} y1={BLADE_TITLE_Y + 12} x2={ENTRA_APP_MENU_W} y2={VIEW_H} />
      {items.map((m, i) => {
        const y = APP_MENU_TOP + i * APP_MENU_ROW;
        const active = m.label === props.active;
        const x = m.heading ? 12 : 20;
        return (
          <g key={m.label}>
            {active ? <rect className="ill-selected" x={6} y={y - 17} width={ENTRA_APP_MENU_W - 12} height={23} rx={4} /> : null}
            <text
              x={x}
              y={y}
              className={active ? 'ill-t-bold ill-t-link' : m.heading ? 'ill-t-bold ill-t-muted' : undefined}
              {...squeeze(m.label, ENTRA_APP_MENU_W - x - 8, textWidth)}
            >
              {m.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
