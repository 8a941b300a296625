import type { JSX } from 'react';
import { Frame, Mark, Txt, textWidth, type IllustrationProps } from './svg-parts';
import {
  GOOGLE_ADMIN_HEADER_BOTTOM,
  GOOGLE_ADMIN_RIGHT,
  GoogleAdminConsole,
  googleAdminContentX,
  googleAdminNavItemBox,
} from './google-admin-shell';

export const googleSamlAddCustomAppText = {
  title: 'Google Admin console: Web and mobile apps → Add app → Add custom SAML app',
  alt: () =>
    'The Google Admin console, Apps section: "Web and mobile apps" is highlighted in the navigation (1). On the "Web and mobile apps" page ' +
    'the "Add app" menu is open (2) and its item "Add custom SAML app" is highlighted (3). The next screen asks for the App name, ' +
    'such as "Hugging Face", then Continue.',
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
  return (
    <Frame title={googleSamlAddCustomAppText.title} alt={googleSamlAddCustomAppText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <GoogleAdminConsole path="/ac/apps/unified" nav="Web and mobile apps">
        <Txt x={x} y={top + 32} cls="ill-t-heading">
          Web and mobile apps
        </Txt>
        <Txt x={x} y={top + 72} cls="ill-t-link ill-t-bold">
          {addLabel}
        </Txt>
        <line className="ill-line" x1={x} y1={top + 246} x2={GOOGLE_ADMIN_RIGHT} y2={top + 246} />
        <Txt x={x} y={top + 270} cls="ill-t-small ill-t-bold">
          Name
        </Txt>
        <Txt x={x + 210} y={top + 270} cls="ill-t-small ill-t-bold">
          Type
        </Txt>
        <line className="ill-line" x1={x} y1={top + 282} x2={GOOGLE_ADMIN_RIGHT} y2={top + 282} />
        <Txt x={x} y={top + 306} cls="ill-t-small ill-t-muted">
          Google Workspace Marketplace
        </Txt>
        <Txt x={x + 210} y={top + 306} cls="ill-t-small ill-t-muted">
          Web app
        </Txt>
        <rect className="ill-panel" x={x} y={menuY} width={menuW} height={MENU.length * row + 16} rx={6} />
        {MENU.map((item, i) => (
          <Txt key={item} x={x + 16} y={menuY + 8 + i * row + 22} cls={item === 'Add custom SAML app' ? 'ill-t-bold' : undefined}>
            {item}
          </Txt>
        ))}
        <Mark {...googleAdminNavItemBox('Web and mobile apps')} n={1} side="right" />
        <Mark x={x - 4} y={top + 54} w={addW} h={26} n={2} side="right" />
        <Mark x={x + 6} y={customY} w={menuW - 12} h={row - 2} n={3} side="right" />
      </GoogleAdminConsole>
    </Frame>
  );
}
