import type { JSX } from 'react';
import { Button, Frame, Mark, Txt, VIEW_H, textWidth, type IllustrationProps } from './svg-parts';
import { OKTA_RIGHT, OktaConsole, oktaContentX, oktaNavItemBox } from './okta-shell';
import { shownValues, type ShownValues } from './illustration-values';

export const oktaAdminApplicationsText = {
  title: 'Okta Admin Console: Applications → Applications',
  alt: (shown: ShownValues) =>
    `The Okta Admin Console at ${shown.oktaAdminHost.text}. In the side navigation the Applications section is expanded and its Applications item is highlighted (1). ` +
    'The page shows the list of app integrations with the buttons "Create App Integration" and "Browse App Catalog".',
};

/** Okta's own apps, listed in every org: real names, so the list looks like the admin's. */
const DEFAULT_APPS = ['Okta Admin Console', 'Okta Browser Plugin', 'Okta Dashboard'];

export const CREATE_APP_LABEL = 'Create App Integration';
export const createAppButtonBox = { x: oktaContentX(true), y: 122, w: textWidth(CREATE_APP_LABEL) + 28, h: 30 };

/** Shared by the next pictures: the Applications list page. */
export function OktaApplicationsPage(): JSX.Element {
  const x = oktaContentX(true);
  const listX = x + 120;
  return (
    <g>
      <Txt x={x} y={108} cls="ill-t-heading">
        Applications
      </Txt>
      <Button x={x} y={122} w={createAppButtonBox.w} label={CREATE_APP_LABEL} />
      <Button x={x + createAppButtonBox.w + 8} y={122} label="Browse App Catalog" kind="secondary" />
      <rect className="ill-panel" x={x} y={166} width={OKTA_RIGHT - x} height={VIEW_H - 176} rx={6} />
      <rect className="ill-field" x={x + 12} y={178} width={OKTA_RIGHT - x - 24} height={28} rx={4} />
      <Txt x={x + 22} y={197} cls="ill-t-small ill-t-muted">
        Search
      </Txt>
      <Txt x={x + 12} y={234} cls="ill-t-small ill-t-bold ill-t-muted">
        STATUS
      </Txt>
      <Txt x={x + 12} y={258} cls="ill-t-small">
        ACTIVE
      </Txt>
      <Txt x={listX - 14} y={258} cls="ill-t-small ill-t-muted" anchor="end">
        {String(DEFAULT_APPS.length)}
      </Txt>
      <Txt x={x + 12} y={282} cls="ill-t-small">
        INACTIVE
      </Txt>
      <Txt x={listX - 14} y={282} cls="ill-t-small ill-t-muted" anchor="end">
        0
      </Txt>
      <line className="ill-line" x1={listX - 4} y1={218} x2={listX - 4} y2={VIEW_H - 22} />
      {DEFAULT_APPS.map((name, i) => {
        const y = 240 + i * 40;
        return (
          <g key={name}>
            <rect className="ill-app-icon" x={listX + 6} y={y - 13} width={20} height={20} rx={4} />
            <Txt x={listX + 36} y={y + 2}>
              {name}
            </Txt>
            <line className="ill-line" x1={listX + 6} y1={y + 18} x2={OKTA_RIGHT - 12} y2={y + 18} />
          </g>
        );
      })}
    </g>
  );
}

export function OktaAdminApplications(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const target = oktaNavItemBox('Applications', 'Applications');
  return (
    <Frame title={oktaAdminApplicationsText.title} alt={oktaAdminApplicationsText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <OktaConsole shown={shown} path="/admin/apps/active" nav={{ expanded: 'Applications', active: 'Applications' }}>
        <OktaApplicationsPage />
        <Mark {...target} n={1} side="right" />
      </OktaConsole>
    </Frame>
  );
}
