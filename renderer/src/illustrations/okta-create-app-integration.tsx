import type { JSX } from 'react';
import { Frame, Mark, textWidth, type IllustrationProps } from './svg-parts';
import { OKTA_ADMIN_HOST, OktaConsole, oktaContentX } from './okta-shell';
import { OktaApplicationsPage } from './okta-admin-applications';

export const oktaCreateAppIntegrationText = {
  title: 'Okta: press "Create App Integration"',
  alt:
    'The Applications page of the Okta Admin Console. The "Create App Integration" button above the list of app integrations is highlighted (1).',
};

export function OktaCreateAppIntegration(props: IllustrationProps): JSX.Element {
  const x = oktaContentX(true);
  return (
    <Frame {...oktaCreateAppIntegrationText} className={props.className} decorative={props.decorative}>
      <OktaConsole address={`${OKTA_ADMIN_HOST}/admin/apps/active`} nav={{ expanded: 'Applications', active: 'Applications' }}>
        <OktaApplicationsPage />
        <Mark x={x} y={120} w={textWidth('Create App Integration') + 28} h={28} n={1} />
      </OktaConsole>
    </Frame>
  );
}
