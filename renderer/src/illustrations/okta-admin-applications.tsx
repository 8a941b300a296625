import type { JSX } from 'react';
import { Button, Frame, Mark, Txt, type IllustrationProps } from './svg-parts';
import { OKTA_ADMIN_HOST, OktaConsole, PlaceholderRows, oktaContentX, oktaNavItemBox } from './okta-shell';

export const oktaAdminApplicationsText = {
  title: 'Okta Admin Console: Applications → Applications',
  alt:
    'The Okta Admin Console. In the side navigation the Applications section is expanded and its Applications item is highlighted (1). ' +
    'The page shows the list of app integrations with the buttons "Create App Integration" and "Browse App Catalog".',
};

/** Shared by the next picture: the Applications list page. */
export function OktaApplicationsPage(): JSX.Element {
  const x = oktaContentX(true);
  return (
    <g>
      <Txt x={x} y={106} cls="ill-t-heading">
        Applications
      </Txt>
      <Button x={x} y={120} label="Create App Integration" />
      <Button x={x + 202} y={120} label="Browse App Catalog" kind="secondary" />
      <rect className="ill-panel" x={x} y={164} width={430} height={220} rx={6} />
      <rect className="ill-field" x={x + 14} y={178} width={220} height={24} rx={4} />
      <Txt x={x + 24} y={194} cls="ill-t-small ill-t-muted">
        Search
      </Txt>
      <PlaceholderRows x={x + 14} y={228} w={400} rows={5} />
    </g>
  );
}

export function OktaAdminApplications(props: IllustrationProps): JSX.Element {
  const target = oktaNavItemBox('Applications', 'Applications');
  return (
    <Frame {...oktaAdminApplicationsText} className={props.className} decorative={props.decorative}>
      <OktaConsole address={`${OKTA_ADMIN_HOST}/admin/apps/active`} nav={{ expanded: 'Applications', active: 'Applications' }}>
        <OktaApplicationsPage />
        <Mark {...target} n={1} />
      </OktaConsole>
    </Frame>
  );
}
