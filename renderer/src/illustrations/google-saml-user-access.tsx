import type { JSX } from 'react';
import { Button, Frame, Mark, Radio, Txt, textWidth, type IllustrationProps } from './svg-parts';
import {
  GOOGLE_ADMIN_HEADER_BOTTOM,
  GOOGLE_ADMIN_RIGHT,
  GOOGLE_SAML_APP_NAME,
  GoogleAdminConsole,
  googleAdminContentX,
} from './google-admin-shell';

export const googleSamlUserAccessText = {
  title: 'Google Admin console: turn the SAML app ON for its users under "User access"',
  alt: () =>
    `The "${GOOGLE_SAML_APP_NAME}" app's page in the Google Admin console (Apps › Web and mobile apps). The "User access" card, ` +
    'still "OFF for everyone", is highlighted (1). In "Service status", "ON for everyone" is chosen (2) and "Save" is highlighted (3). ' +
    'The change can take a few minutes to apply; until then Google refuses the sign-in.',
};

export function GoogleSamlUserAccess(props: IllustrationProps): JSX.Element {
  const x = googleAdminContentX(true);
  const top = GOOGLE_ADMIN_HEADER_BOTTOM;
  const cardW = GOOGLE_ADMIN_RIGHT - x - 30;
  const statusY = top + 130;
  const saveW = textWidth('Save') + 36;
  const cancelW = textWidth('Cancel') + 30;
  const onLabelW = 30 + Math.ceil(textWidth('ON for everyone') * 1.15);
  return (
    <Frame title={googleSamlUserAccessText.title} alt={googleSamlUserAccessText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <GoogleAdminConsole path="/ac/apps/unified/samlapp" nav="Web and mobile apps">
        <Txt x={x} y={top + 24} cls="ill-t-small ill-t-muted">
          {'Web and mobile apps \u203A'}
        </Txt>
        <Txt x={x} y={top + 48} cls="ill-t-heading">
          {GOOGLE_SAML_APP_NAME}
        </Txt>
        <rect className="ill-panel" x={x} y={top + 62} width={cardW} height={50} rx={6} />
        <Txt x={x + 14} y={top + 83} cls="ill-t-subheading">
          User access
        </Txt>
        <Txt x={x + 14} y={top + 102} cls="ill-t-small ill-t-muted">
          OFF for everyone
        </Txt>
        <path className="ill-icon" d={`M${x + cardW - 24} ${top + 82} l5 5 l5 -5`} />
        <rect className="ill-panel" x={x} y={statusY} width={cardW} height={200} rx={6} />
        <Txt x={x + 14} y={statusY + 26} cls="ill-t-subheading">
          Service status
        </Txt>
        <Radio x={x + 14} y={statusY + 60} label="ON for everyone" checked />
        <Radio x={x + 14} y={statusY + 92} label="OFF for everyone" />
        <Txt x={x + 14} y={statusY + 124} cls="ill-t-small ill-t-muted">
          Changes may take a few minutes to apply.
        </Txt>
        <Button x={x + cardW - 14 - saveW} y={statusY + 150} w={saveW} label="Save" />
        <Button x={x + cardW - 14 - saveW - 12 - cancelW} y={statusY + 150} w={cancelW} label="Cancel" kind="secondary" />
        <Mark x={x} y={top + 62} w={cardW} h={50} n={1} side="right" />
        <Mark x={x + 10} y={statusY + 44} w={onLabelW} h={24} n={2} side="right" />
        <Mark x={x + cardW - 14 - saveW} y={statusY + 150} w={saveW} h={30} n={3} side="right" />
      </GoogleAdminConsole>
    </Frame>
  );
}
