import type { JSX } from 'react';
import { Button, Frame, Mark, Txt, textWidth, type IllustrationProps } from './svg-parts';
import { GOOGLE_HEADER_BOTTOM, GOOGLE_RIGHT, GoogleConsole, googleContentX, googleNavItemBox } from './google-shell';

export const googleAudienceText = {
  title: 'Google Cloud: the app\'s audience is "Internal" (your Workspace only)',
  alt: () =>
    'The Audience page of Google Auth Platform in the Google Cloud console; "Audience" is highlighted in the navigation (1). ' +
    'User type is "Internal" (2): only users within your organization can sign in, so the admin who runs the test must be a user of this Google Workspace. ' +
    'A "Make external" button is shown beside it and is not needed.',
};

export function GoogleAudience(props: IllustrationProps): JSX.Element {
  const x = googleContentX(true);
  const top = GOOGLE_HEADER_BOTTOM;
  const makeW = textWidth('Make external') + 28;
  return (
    <Frame title={googleAudienceText.title} alt={googleAudienceText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <GoogleConsole path="/auth/audience" nav="Audience">
        <Txt x={x} y={top + 32} cls="ill-t-heading">
          Audience
        </Txt>
        <rect className="ill-panel" x={x} y={top + 50} width={GOOGLE_RIGHT - x} height={156} rx={6} />
        <Txt x={x + 16} y={top + 78} cls="ill-t-subheading">
          User type
        </Txt>
        <Txt x={x + 16} y={top + 108} cls="ill-t-heading">
          Internal
        </Txt>
        {['Only available to users within your', 'organization. You will not need to submit', 'your app for verification.'].map((line, i) => (
          <Txt key={line} x={x + 16} y={top + 138 + i * 17} cls="ill-t-small ill-t-muted">
            {line}
          </Txt>
        ))}
        <Button x={GOOGLE_RIGHT - 16 - makeW} y={top + 88} w={makeW} label="Make external" kind="secondary" />
        <Txt x={x} y={top + 236} cls="ill-t-small ill-t-bold">
          Test as someone in this Workspace:
        </Txt>
        <Txt x={x} y={top + 254} cls="ill-t-small ill-t-muted">
          a user outside it gets "org_internal".
        </Txt>
        <Mark {...googleNavItemBox('Audience')} n={1} side="right" />
        <Mark x={x + 12} y={top + 88} w={Math.ceil(textWidth('Internal', 18) * 1.15) + 12} h={28} n={2} side="right" />
      </GoogleConsole>
    </Frame>
  );
}
