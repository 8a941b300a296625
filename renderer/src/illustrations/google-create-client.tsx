import type { JSX } from 'react';
import { FIELD_H, Field, Frame, Mark, Select, Txt, type IllustrationProps } from './svg-parts';
import { GOOGLE_APP_NAME, GOOGLE_HEADER_BOTTOM, GOOGLE_RIGHT, GoogleConsole, googleContentX, googleNavItemBox } from './google-shell';

export const googleCreateClientText = {
  title: 'Google Cloud: create an OAuth client of type "Web application"',
  alt: () =>
    'The Google Cloud console, Google Auth Platform: "Clients" is highlighted in the navigation (1). On the "Create OAuth client ID" page, ' +
    `the application type is set to "Web application" (2) and the name "${GOOGLE_APP_NAME}" is typed (3). Below them are the sections ` +
    '"Authorized JavaScript origins" and "Authorized redirect URIs".',
};

export function GoogleCreateClient(props: IllustrationProps): JSX.Element {
  const x = googleContentX(true);
  const top = GOOGLE_HEADER_BOTTOM;
  const w = GOOGLE_RIGHT - x - 32;
  return (
    <Frame title={googleCreateClientText.title} alt={googleCreateClientText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <GoogleConsole path="/auth/clients/create" nav="Clients">
        <Txt x={x} y={top + 32} cls="ill-t-heading">
          {'\u2190  Create OAuth client ID'}
        </Txt>
        <Txt x={x} y={top + 60} cls="ill-t-small ill-t-muted">
          A client ID is used to identify a single app to
        </Txt>
        <Txt x={x} y={top + 77} cls="ill-t-small ill-t-muted">
          {"Google's OAuth servers."}
        </Txt>
        <Select x={x} y={top + 106} w={w} label="Application type *" value="Web application" />
        <Field x={x} y={top + 166} w={w} label="Name *" value={GOOGLE_APP_NAME} />
        {['The name of your OAuth 2.0 client. This name is', 'only used to identify the client in the console', 'and will not be shown to end users.'].map((line, i) => (
          <Txt key={line} x={x} y={top + 220 + i * 17} cls="ill-t-small ill-t-muted">
            {line}
          </Txt>
        ))}
        <line className="ill-line" x1={x} y1={top + 280} x2={GOOGLE_RIGHT} y2={top + 280} />
        <Txt x={x} y={top + 304} cls="ill-t-subheading">
          Authorized JavaScript origins
        </Txt>
        <Txt x={x} y={top + 334} cls="ill-t-subheading">
          Authorized redirect URIs
        </Txt>
        <Mark {...googleNavItemBox('Clients')} n={1} side="right" />
        <Mark x={x} y={top + 114} w={w} h={FIELD_H} n={2} side="right" />
        <Mark x={x} y={top + 174} w={w} h={FIELD_H} n={3} side="right" />
      </GoogleConsole>
    </Frame>
  );
}
