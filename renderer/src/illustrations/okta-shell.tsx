/**
 * A simplified Okta Admin Console, drawn for this app: browser bar, header
 * with the admin's Okta domain under their name, and the side navigation with
 * one section expanded. Not a copy of Okta's artwork; just enough, with Okta's
 * own labels, to recognise where things are. Always light: the admin sees
 * Okta's console light whatever their OS theme.
 */
import type { JSX, ReactNode } from 'react';
import { BROWSER_BAR_H, BrowserBar, Txt, VIEW_H, VIEW_W, Value, textWidth } from './svg-parts';
import type { ShownValues } from './illustration-values';

export const OKTA_HEADER_BOTTOM = BROWSER_BAR_H + 44;
export const OKTA_NAV_W = 170;
/** Right edge of the content area. */
export const OKTA_RIGHT = VIEW_W - 12;
/** The name the step's text gives the app ("a name such as “Hugging Face”"). */
export const OKTA_APP_NAME = 'Hugging Face';

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
  return { x: 10, y: baseline - 17, w: OKTA_NAV_W - 20, h: 23 };
}

/** The Okta domain under the admin's name (top right), as drawn for `domain`. */
export function oktaDomainBox(domain: string): Box {
  const w = Math.min(textWidth(domain), DOMAIN_MAX_W) + 8;
  return { x: OKTA_RIGHT + 4 - w, y: BROWSER_BAR_H + 24, w, h: 18 };
}
const DOMAIN_MAX_W = 250;

function SideNav(props: { expanded: OktaSection; active: string }): JSX.Element {
  const rows: JSX.Element[] = [];
  let baseline = NAV_TOP;
  for (const section of SECTIONS) {
    const open = section === props.expanded;
    rows.push(
      <g key={section}>
        <Txt x={16} y={baseline} cls={open ? 'ill-t-bold' : undefined}>
          {section}
        </Txt>
        <Txt x={OKTA_NAV_W - 14} y={baseline} cls="ill-t-muted" anchor="end">
          {open ? '\u2212' : '+'}
        </Txt>
      </g>,
    );
    baseline += ROW;
    if (open) {
      for (const child of CHILDREN[section as OktaSection]) {
        const active = child === props.active;
        if (active) rows.push(<rect key={`${child}-bg`} className="ill-selected" x={10} y={baseline - 17} width={OKTA_NAV_W - 20} height={23} rx={4} />);
        rows.push(
          <Txt key={child} x={26} y={baseline} cls={active ? 'ill-t-bold ill-t-link' : 'ill-t-muted'}>
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

/** The console's address bar: the admin host followed by `path`. */
export function oktaAddress(shown: ShownValues, path: string): string {
  return `${shown.oktaAdminHost.text}${path}`;
}

export function OktaConsole(props: {
  shown: ShownValues;
  /** Path after the admin host, e.g. "/admin/apps/active". */
  path: string;
  nav?: { expanded: OktaSection; active: string };
  children: ReactNode;
}): JSX.Element {
  return (
    <g>
      <BrowserBar address={oktaAddress(props.shown, props.path)} />
      <rect className="ill-panel-flat" x={0} y={BROWSER_BAR_H} width={VIEW_W} height={44} />
      <line className="ill-line" x1={0} y1={OKTA_HEADER_BOTTOM} x2={VIEW_W} y2={OKTA_HEADER_BOTTOM} />
      <Txt x={16} y={BROWSER_BAR_H + 29} cls="ill-t-brand">
        okta
      </Txt>
      <rect className="ill-field" x={80} y={BROWSER_BAR_H + 8} width={190} height={28} rx={14} />
      <Txt x={96} y={BROWSER_BAR_H + 27} cls="ill-t-small ill-t-muted">
        Search…
      </Txt>
      <Txt x={OKTA_RIGHT} y={BROWSER_BAR_H + 19} cls="ill-t-small ill-t-bold" anchor="end">
        Jane Admin
      </Txt>
      <Value x={OKTA_RIGHT} y={BROWSER_BAR_H + 37} value={props.shown.idpDomain} cls="ill-t-small ill-t-muted" anchor="end" maxW={DOMAIN_MAX_W} />
      {props.nav ? <SideNav expanded={props.nav.expanded} active={props.nav.active} /> : null}
      {props.children}
    </g>
  );
}

/** Content area to the right of the nav (or the full width when there is no nav). */
export function oktaContentX(withNav: boolean): number {
  return withNav ? OKTA_NAV_W + 16 : 20;
}

/** An app integration's tabs: an OIDC app's, or a SAML 2.0 app's (which has no API scopes but imports and pushes groups). */
const APP_TABS = {
  oidc: ['General', 'Sign On', 'Assignments', 'Okta API Scopes'],
  saml: ['General', 'Sign On', 'Import', 'Assignments'],
} as const;
export type OktaAppKind = keyof typeof APP_TABS;
export type OktaAppTab = (typeof APP_TABS)[OktaAppKind][number];
const TAB_BASELINE = 142;

/** Where a tab of the app page sits (content area right of the nav). */
export function oktaAppTabBox(tab: OktaAppTab, kind: OktaAppKind = 'oidc'): Box {
  let x = oktaContentX(true);
  for (const t of APP_TABS[kind]) {
    // The active tab's label is bold: allow for it so its highlight holds it.
    const w = Math.ceil(textWidth(t) * 1.08) + 14;
    if (t === tab) return { x, y: TAB_BASELINE - 18, w, h: 26 };
    x += w + 2;
  }
  throw new Error(`unknown tab ${tab}`);
}

/** The app integration's title and tabs, as on Okta's app page. */
export function OktaAppHeader(props: { activeTab: OktaAppTab; kind?: OktaAppKind }): JSX.Element {
  const kind = props.kind ?? 'oidc';
  const x = oktaContentX(true);
  const pillX = x + Math.ceil(textWidth(OKTA_APP_NAME, 18) * 1.12) + 14;
  return (
    <g>
      <Txt x={x} y={106} cls="ill-t-heading">
        {OKTA_APP_NAME}
      </Txt>
      <rect className="ill-selected" x={pillX} y={91} width={60} height={22} rx={11} />
      <Txt x={pillX + 30} y={107} cls="ill-t-small ill-t-bold ill-t-success" anchor="middle">
        Active
      </Txt>
      {APP_TABS[kind].map((t) => {
        const box = oktaAppTabBox(t, kind);
        const active = t === props.activeTab;
        return (
          <g key={t}>
            <Txt x={box.x + 7} y={TAB_BASELINE} cls={active ? 'ill-t-bold ill-t-link' : 'ill-t-muted'}>
              {t}
            </Txt>
            {active ? <line className="ill-tab-active" x1={box.x} y1={TAB_BASELINE + 9} x2={box.x + box.w} y2={TAB_BASELINE + 9} /> : null}
          </g>
        );
      })}
      <line className="ill-line" x1={x} y1={TAB_BASELINE + 11} x2={OKTA_RIGHT} y2={TAB_BASELINE + 11} />
    </g>
  );
}
