import type { JSX } from 'react';
import { Button, FIELD_H, Field, Frame, Mark, Txt, VIEW_H, textWidth, type IllustrationProps } from './svg-parts';
import {
  GOOGLE_ADMIN_HEADER_BOTTOM,
  GOOGLE_ADMIN_RIGHT,
  GOOGLE_SAML_APP_NAME,
  GoogleAdminConsole,
  googleAdminContentX,
  googleAdminNavItemBox,
} from './google-admin-shell';

export const googleSamlAddCustomAppText = {
  title: 'Google Admin console: Web and mobile apps → Add app → Add custom SAML app',
  alt: () =>
    'The Google Admin console, Apps section: "Web and mobile apps" is highlighted in the navigation (1). On the "Web and mobile apps" page ' +
    'the "Add app" menu is open (2) and its item "Add custom SAML app" is highlighted (3). On the next screen, "App details", ' +
    `the App name "${GOOGLE_SAML_APP_NAME}" is typed (4) and "Continue" is highlighted (5).`,
};

const MENU = ['Search for apps', 'Add custom SAML app', 'Add private Android app', 'Add private Android web app'] as const;

export function GoogleSamlAddCustomApp(props: IllustrationProps): JSX.Element {
  const x = googleAdminContentX(true);
  const top = GOOGLE_ADMIN_HEADER_BOTTOM;
  const addLabel = 'Add app \u25BE';
  const addW = Math.ceil(textWidth(addLabel) * 1.08) + 20;
  const menuY = top + 88;
  const menuW = GOOGLE_ADMIN_RIGHT - x - 40;
  const row = 34;
  const customY = menuY + 8 + MENU.indexOf('Add custom SAML app') * row;
  const panelY = menuY + MENU.length * row + 24;
  const continueW = textWidth('Continue') + 36;
  const nameW = GOOGLE_ADMIN_RIGHT - x - 24 - continueW - 72;
  return (
    <Frame title={googleSamlAddCustomAppText.title} alt={googleSamlAddCustomAppText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <GoogleAdminConsole path="/ac/apps/unified" nav="Web and mobile apps">
        <Txt x={x} y={top + 32} cls="ill-t-heading">
          Web and mobile apps
        </Txt>
        <Txt x={x} y={top + 72} cls="ill-t-link ill-t-bold">
          {addLabel}
        </Txt>
        <rect className="ill-panel" x={x} y={panelY} width={GOOGLE_ADMIN_RIGHT - x} height={VIEW_H - 6 - panelY} rx={6} />
        <Txt x={x + 12} y={panelY + 20} cls="ill-t-small ill-t-muted">
          Next screen, App details:
        </Txt>
        <Field x={x + 12} y={panelY + 42} w={nameW} label="App name *" value={GOOGLE_SAML_APP_NAME} />
        <Button x={GOOGLE_ADMIN_RIGHT - 12 - continueW} y={panelY + 50} w={continueW} h={FIELD_H} label="Continue" />
        <rect className="ill-panel" x={x} y={menuY} width={menuW} height={MENU.length * row + 16} rx={6} />
        {MENU.map((item, i) => (
          <Txt key={item} x={x + 16} y={menuY + 8 + i * row + 22} cls={item === 'Add custom SAML app' ? 'ill-t-bold' : undefined}>
            {item}
          </Txt>
        ))}
        <Mark {...googleAdminNavItemBox('Web and mobile apps')} n={1} side="right" />
        <Mark x={x - 4} y={top + 54} w={addW} h={26} n={2} side="right" />
        <Mark x={x + 6} y={customY} w={menuW - 12} h={row - 2} n={3} side="right" />
        <Mark x={x + 12} y={panelY + 50} w={nameW} h={FIELD_H} n={4} side="right" />
        <Mark x={GOOGLE_ADMIN_RIGHT - 12 - continueW} y={panelY + 50} w={continueW} h={FIELD_H} n={5} side="left" />
      </GoogleAdminConsole>
    </Frame>
  );
}
