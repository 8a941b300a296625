import type { JSX } from 'react';
import { Frame, type IllustrationProps } from './svg-parts';
import { ENTRA_APP_NAME } from './entra-shell';
import { EntraCreateOwnApplication } from './entra-new-application';

export const entraSamlNewApplicationText = {
  title: 'Entra: create your own non-gallery enterprise application',
  alt: () =>
    'The Microsoft Entra admin center, Enterprise applications → New application ("Browse Microsoft Entra Gallery"). ' +
    `The "Create your own application" button is highlighted (1). In the pane that opens, the name "${ENTRA_APP_NAME}" is typed (2), ` +
    `"Integrate any other application you don't find in the gallery (Non-gallery)" is selected (3), and the "Create" button is highlighted (4).`,
};

export function EntraSamlNewApplication(props: IllustrationProps): JSX.Element {
  return (
    <Frame title={entraSamlNewApplicationText.title} alt={entraSamlNewApplicationText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <EntraCreateOwnApplication choice="non-gallery" />
    </Frame>
  );
}
