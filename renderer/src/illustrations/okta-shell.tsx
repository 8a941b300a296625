/**
 * A simplified Okta admin console, drawn for this app: browser bar, header
 * with the Okta domain under the admin's name, and the side navigation with
 * one section expanded. Not a copy of Okta's artwork; just enough to
 * recognise where things are.
 */
import type { JSX, ReactNode } from 'react';
import { BROWSER_BAR_H, BrowserBar, Placeholder, Txt, VIEW_H, VIEW_W, textWidth } from './svg-parts';

export const OKTA_HEADER_BOTTOM = BROWSER_BAR_H + 42;
export const OKTA_NAV_W = 170;
export const OKTA_DOMAIN = 'acme.okta.com';
export const OKTA_ADMIN_HOST = 'acme-admin.okta.com';

export type OktaSection = 'Applications' | 'Security';

const SECTIONS = ['Dashboard', 'Directory', 'Customizations', 'Applications', 'Security', 'Workflow', 'Reports', 'Settings'];
const CHILDREN: Record<OktaSection, string[]> = {
  Applications: ['Applications', 'Self Service'],
  Security: ['General', 'HealthInsight', 'Authenticators', 'Identity Providers', 'API'],
};
const NAV_TOP = OKTA_HEADER_BOTTOM + 24;
const ROW = 24;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a child item of the expanded section sits, so a picture can highlight it. */
export function oktaNavItemBox(expanded: OktaSection, child: string): Box {
  const sectionIndex = SECTIONS.indexOf(expanded);
  const childIndex = CHILDREN[expanded].indexOf(child);
  const baseline = NAV_TOP + (sectionIndex + 1 + childIndex) * ROW;
  return { x: 10, y: baseline - 16, w: OKTA_NAV_W - 20, h: 22 };
}

/** The box around the Okta domain shown under the admin's name (top right). */
export const oktaDomainBox: Box = { x: VIEW_W - 116, y: BROWSER_BAR_H + 21, w: 100, h: 18 };

function SideNav(props: { expanded: OktaSection; active: string }): JSX.Element {
  const rows: JSX.Element[] = [];
  let baseline = NAV_TOP;
  for (const section of SECTIONS) {
    const open = section === props.expanded;
    rows.push(
      <g key={section}>
        <Txt x={20} y={baseline} cls={open ? 'ill-t-bold' : undefined}>
          {section}
        </Txt>
        <Txt x={OKTA_NAV_W - 24} y={baseline} cls="ill-t-muted">
          {open ? '\u2212' : '+'}
        </Txt>
      </g>,
    );
    baseline += ROW;
    if (open) {
      for (const child of CHILDREN[section as OktaSection]) {
        const active = child === props.active;
        if (active) rows.push(<rect key={`${child}-bg`} className="ill-selected" x={10} y={baseline - 16} width={OKTA_NAV_W - 20} height={22} rx={4} />);
        rows.push(
          <Txt key={child} x={32} y={baseline} cls={active ? 'ill-t-bold ill-t-link' : 'ill-t-muted'}>
            {child}
          </Txt>,
        );
        baseline += ROW;
      }
    }
  }
  return (
    <g>
      <rect className="ill-nav" x={-1} y={OKTA_HEADER_BOTTOM} width={OKTA_NAV_W + 1} height={VIEW_H - OKTA_HEADER_BOTTOM + 1} />
      {rows}
    </g>
  );
}

export function OktaConsole(props: {
  address: string;
  nav?: { expanded: OktaSection; active: string };
  children: ReactNode;
}): JSX.Element {
  return (
    <g>
      <BrowserBar address={props.address} />
      <rect className="ill-panel-flat" x={0} y={BROWSER_BAR_H} width={VIEW_W} height={42} />
      <line className="ill-line" x1={0} y1={OKTA_HEADER_BOTTOM} x2={VIEW_W} y2={OKTA_HEADER_BOTTOM} />
      <Txt x={18} y={BROWSER_BAR_H + 27} cls="ill-t-brand">
        Okta
      </Txt>
      <Txt x={62} y={BROWSER_BAR_H + 27} cls="ill-t-muted">
        Admin Console
      </Txt>
      <rect className="ill-field" x={200} y={BROWSER_BAR_H + 9} width={220} height={24} rx={12} />
      <Txt x={214} y={BROWSER_BAR_H + 25} cls="ill-t-small ill-t-muted">
        Search your organization
      </Txt>
      <Txt x={VIEW_W - 18} y={BROWSER_BAR_H + 17} cls="ill-t-small ill-t-bold" anchor="end">
        Jane Admin
      </Txt>
      <Txt x={VIEW_W - 18} y={BROWSER_BAR_H + 34} cls="ill-t-small ill-t-muted" anchor="end">
        {OKTA_DOMAIN}
      </Txt>
      {props.nav ? <SideNav expanded={props.nav.expanded} active={props.nav.active} /> : null}
      {props.children}
    </g>
  );
}

/** Content area to the right of the nav (or the full width when there is no nav). */
export function oktaContentX(withNav: boolean): number {
  return withNav ? OKTA_NAV_W + 20 : 24;
}

/** A row of grey placeholder bars standing for list rows. */
export function PlaceholderRows(props: { x: number; y: number; w: number; rows: number }): JSX.Element {
  const items: JSX.Element[] = [];
  for (let i = 0; i < props.rows; i++) {
    const y = props.y + i * 30;
    items.push(
      <g key={i}>
        <rect className="ill-dot" x={props.x} y={y - 4} width={16} height={16} rx={3} />
        <Placeholder x={props.x + 26} y={y} w={props.w * (0.5 - (i % 3) * 0.08)} />
        <line className="ill-line" x1={props.x} y1={y + 20} x2={props.x + props.w} y2={y + 20} />
      </g>,
    );
  }
  return <g>{items}</g>;
}

const APP_TABS = ['General', 'Sign On', 'Assignments', 'Okta API Scopes'] as const;
export type OktaAppTab = (typeof APP_TABS)[number];
const TAB_BASELINE = 136;

/** Where a tab of the app page sits (content area right of the nav). */
export function oktaAppTabBox(tab: OktaAppTab): Box {
  let x = oktaContentX(true);
  for (const t of APP_TABS) {
    const w = textWidth(t) + 20;
    if (t === tab) return { x, y: TAB_BASELINE - 17, w, h: 24 };
    x += w + 4;
  }
  throw new Error(`unknown tab ${tab}`);
}

/** The app integration's title and tabs, as on Okta's app page. */
export function OktaAppHeader(props: { activeTab: OktaAppTab }): JSX.Element {
  const x = oktaContentX(true);
  return (
    <g>
      <Txt x={x} y={104} cls="ill-t-heading">
        Hugging Face Hub
      </Txt>
      <rect className="ill-selected" x={x + 186} y={90} width={52} height={20} rx={10} />
      <Txt x={x + 212} y={104} cls="ill-t-small ill-t-bold ill-t-success" anchor="middle">
        Active
      </Txt>
      {APP_TABS.map((t) => {
        const box = oktaAppTabBox(t);
        const active = t === props.activeTab;
        return (
          <g key={t}>
            <Txt x={box.x + 10} y={TAB_BASELINE} cls={active ? 'ill-t-bold ill-t-link' : 'ill-t-muted'}>
              {t}
            </Txt>
            {active ? <line className="ill-tab-active" x1={box.x} y1={TAB_BASELINE + 8} x2={box.x + box.w} y2={TAB_BASELINE + 8} /> : null}
          </g>
        );
      })}
      <line className="ill-line" x1={x} y1={TAB_BASELINE + 10} x2={620} y2={TAB_BASELINE + 10} />
    </g>
  );
}
