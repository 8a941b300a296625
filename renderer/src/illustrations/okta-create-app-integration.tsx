import type { JSX } from 'react';
import { Frame, Mark, type IllustrationProps } from './svg-parts';
import { OktaConsole } from './okta-shell';
import { OktaApplicationsPage, createAppButtonBox } from './okta-admin-applications';
import { shownValues, type ShownValues } from './illustration-values';

export const oktaCreateAppIntegrationText = {
  title: 'Okta: press "Create App Integration"',
  alt: (shown: ShownValues) =>
    `The Applications page of the Okta Admin Console at ${shown.oktaAdminHost.text}. The "Create App Integration" button above the list of app integrations is highlighted (1).`,
};

export function OktaCreateAppIntegration(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  return (
    <Frame title={oktaCreateAppIntegrationText.title} alt={oktaCreateAppIntegrationText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <OktaConsole shown={shown} path="/admin/apps/active" nav={{ expanded: 'Applications', active: 'Applications' }}>
        <OktaApplicationsPage />
        <Mark {...createAppButtonBox} n={1} side="below" />
      </OktaConsole>
    </Frame>
  );
}
