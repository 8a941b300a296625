/**
 * A simplified Google Admin console (admin.google.com), where Google
 * Workspace's custom SAML apps live: browser bar, the console's top bar
 * ("Google Admin", search, avatar) and the left navigation with Apps
 * expanded. Also the "Add custom SAML app" wizard's step bar, which replaces
 * the navigation while the app is being added. Not Google's artwork; just
 * enough, with Google's own labels, to recognise where things are. Always
 * light: the admin sees the console light whatever their OS theme.
 */
import type { JSX, ReactNode } from 'react';
import { BROWSER_BAR_H, BrowserBar, Txt, VIEW_H, VIEW_W, squeeze, textWidth } from './svg-parts';
import type { Box } from './google-shell';

export const GOOGLE_ADMIN_HEADER_BOTTOM = BROWSER_BAR_H + 44;
export const GOOGLE_ADMIN_NAV_W = 196;
export const GOOGLE_ADMIN_RIGHT = VIEW_W - 12;
/** The console's own name beside Google's: the label every Admin console picture carries. */
export const GOOGLE_ADMIN_LABEL = 'Admin';
/** The name the step's text gives the app ("an App name such as “Hugging Face”"). */
export const GOOGLE_SAML_APP_NAME = 'Hugging Face';

const SECTIONS = ['Home', 'Dashboard', 'Directory', 'Devices', 'Apps', 'Security', 'Reporting', 'Billing'] as const;
const APPS_CHILDREN = ['Overview', 'Google Workspace', 'Web and mobile apps', 'Marketplace apps'] as const;
export type GoogleAdminNavItem = (typeof APPS_CHILDREN)[number];
const NAV_TOP = GOOGLE_ADMIN_HEADER_BOTTOM + 26;
const NAV_ROW = 25;

/** Rows top to bottom: the sections, with Apps' children right under it. */
function navRows(): Array<{ label: string; child: boolean }> {
  const rows: Array<{ label: string; child: boolean }> = [];
  for (const section of SECTIONS) {
    rows.push({ label: section, child: false });
    if (section === 'Apps') for (const child of APPS_CHILDREN) rows.push({ label: child, child: true });
  }
  return rows;
}

export function googleAdminNavItemBox(item: GoogleAdminNavItem): Box {
  const i = navRows().findIndex((r) => r.label === item);
  return { x: 0, y: NAV_TOP + i * NAV_ROW - 17, w: GOOGLE_ADMIN_NAV_W - 10, h: 24 };
}

function SideNav(props: { active: GoogleAdminNavItem }): JSX.Element {
  return (
    <g>
      <rect className="ill-panel-flat" x={0} y={GOOGLE_ADMIN_HEADER_BOTTOM} width={GOOGLE_ADMIN_NAV_W} height={VIEW_H - GOOGLE_ADMIN_HEADER_BOTTOM} />
      <line className="ill-line" x1={GOOGLE_ADMIN_NAV_W} y1={GOOGLE_ADMIN_HEADER_BOTTOM} x2={GOOGLE_ADMIN_NAV_W} y2={VIEW_H} />
      {navRows().map((row, i) => {
        const y = NAV_TOP + i * NAV_ROW;
        const active = row.label === props.active;
        const open = row.label === 'Apps';
        const textX = row.child ? 40 : 30;
        return (
          <g key={row.label}>
            {active ? <rect className="ill-selected" x={0} y={y - 17} width={GOOGLE_ADMIN_NAV_W - 10} height={24} rx={12} /> : null}
            {row.child ? null : <path className="ill-icon" d={open ? `M14 ${y - 8} l4 4 l4 -4` : `M15 ${y - 10} l4 4 l-4 4`} />}
            <text
              x={textX}
              y={y}
              className={active ? 'ill-t-bold ill-t-link' : open ? 'ill-t-bold' : undefined}
              {...squeeze(row.label, GOOGLE_ADMIN_NAV_W - textX - 14, (t) => Math.ceil(textWidth(t) * (active || open ? 1.08 : 1)))}
            >
              {row.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export function googleAdminContentX(withNav: boolean): number {
  return withNav ? GOOGLE_ADMIN_NAV_W + 18 : 24;
}

export function GoogleAdminConsole(props: { path: string; nav?: GoogleAdminNavItem; children: ReactNode }): JSX.Element {
  const adminX = 42 + Math.ceil(textWidth('Google', 17) * 1.1) + 8;
  return (
    <g>
      <BrowserBar address={`admin.google.com${props.path}`} />
      <rect className="ill-panel-flat" x={0} y={BROWSER_BAR_H} width={VIEW_W} height={44} />
      <line className="ill-line" x1={0} y1={GOOGLE_ADMIN_HEADER_BOTTOM} x2={VIEW_W} y2={GOOGLE_ADMIN_HEADER_BOTTOM} />
      {[0, 6, 12].map((d) => (
        <line key={d} className="ill-icon" x1={14} y1={BROWSER_BAR_H + 16 + d} x2={30} y2={BROWSER_BAR_H + 16 + d} />
      ))}
      <Txt x={42} y={BROWSER_BAR_H + 28} cls="ill-t-brand">
        Google
      </Txt>
      <Txt x={adminX} y={BROWSER_BAR_H + 28} cls="ill-t-brand ill-t-muted">
        {GOOGLE_ADMIN_LABEL}
      </Txt>
      <rect className="ill-field" x={212} y={BROWSER_BAR_H + 9} width={300} height={26} rx={13} />
      <Txt x={228} y={BROWSER_BAR_H + 27} cls="ill-t-small ill-t-muted">
        Search for users or settings
      </Txt>
      <circle className="ill-avatar" cx={GOOGLE_ADMIN_RIGHT - 12} cy={BROWSER_BAR_H + 22} r={13} />
      {props.nav ? <SideNav active={props.nav} /> : null}
      {props.children}
    </g>
  );
}

const WIZARD_STEPS = ['App details', 'Google Identity Provider details', 'Service provider details', 'Attribute mapping'] as const;
export type GoogleSamlWizardStep = (typeof WIZARD_STEPS)[number];
/** Bottom of the wizard's title and step bar; a wizard page's content starts below. */
export const GOOGLE_SAML_WIZARD_BOTTOM = GOOGLE_ADMIN_HEADER_BOTTOM + 62;

/**
 * The "Add custom SAML app" wizard's top: its title, then the four numbered
 * steps with the current one named (all four names do not fit the width).
 */
export function GoogleSamlWizardBar(props: { step: GoogleSamlWizardStep }): JSX.Element {
  const top = GOOGLE_ADMIN_HEADER_BOTTOM;
  const current = WIZARD_STEPS.indexOf(props.step);
  const gap = 34;
  let x = 36;
  const discs: JSX.Element[] = [];
  WIZARD_STEPS.forEach((label, i) => {
    const isCurrent = i === current;
    discs.push(
      <g key={label}>
        <circle className={i <= current ? 'ill-primary' : 'ill-radio'} cx={x} cy={top + 46} r={10} />
        <text className={i <= current ? 'ill-t-on-primary' : 'ill-t-muted'} x={x} y={top + 51} textAnchor="middle">
          {i < current ? '\u2713' : String(i + 1)}
        </text>
        {isCurrent ? (
          <Txt x={x + 16} y={top + 51} cls="ill-t-bold">
            {label}
          </Txt>
        ) : null}
      </g>,
    );
    x += isCurrent ? 16 + textWidth(label) + gap : gap;
    if (i < WIZARD_STEPS.length - 1) discs.push(<line key={`${label}-line`} className="ill-line" x1={x - gap + 12} y1={top + 46} x2={x - 12} y2={top + 46} />);
  });
  return (
    <g>
      <Txt x={18} y={top + 22} cls="ill-t-muted">
        {'\u2715'}
      </Txt>
      <Txt x={40} y={top + 22} cls="ill-t-bold">
        Add custom SAML app
      </Txt>
      {discs}
      <line className="ill-line" x1={0} y1={GOOGLE_SAML_WIZARD_BOTTOM} x2={VIEW_W} y2={GOOGLE_SAML_WIZARD_BOTTOM} />
    </g>
  );
}
