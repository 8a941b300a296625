import type { JSX } from 'react';
import { Button, FIELD_H, Field, Frame, Mark, Txt, VIEW_H, textWidth, type IllustrationProps } from './svg-parts';
import { GOOGLE_HEADER_BOTTOM, GOOGLE_RIGHT, GoogleConsole, googleContentX } from './google-shell';
import { shownValues, type ShownValues } from './illustration-values';

export const googleRedirectUriText = {
  title: 'Google Cloud: add the Hub redirect URI under "Authorized redirect URIs"',
  alt: (shown: ShownValues) =>
    'The "Create OAuth client ID" page of the Google Cloud console, further down. "Authorized JavaScript origins" stays empty. ' +
    'Under "Authorized redirect URIs" the "Add URI" button is highlighted (1) and the field "URIs 1" (2) holds ' +
    `${shown.redirectUri.example ? `the Hub's redirect URI, for example ${shown.redirectUri.text}` : shown.redirectUri.text}. The "Create" button is highlighted (3).`,
};

export function GoogleRedirectUri(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const x = googleContentX(false) + 16;
  const top = GOOGLE_HEADER_BOTTOM;
  const addLabel = '+ Add URI';
  const addW = textWidth(addLabel) + 28;
  const createW = textWidth('Create') + 36;
  return (
    <Frame title={googleRedirectUriText.title} alt={googleRedirectUriText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <GoogleConsole path="/auth/clients/create">
        <Txt x={x} y={top + 30} cls="ill-t-heading">
          {'\u2190  Create OAuth client ID'}
        </Txt>
        <rect className="ill-panel" x={x - 8} y={top + 44} width={GOOGLE_RIGHT - x + 16} height={80} rx={6} />
        <Txt x={x + 8} y={top + 70} cls="ill-t-subheading">
          Authorized JavaScript origins
        </Txt>
        <Txt x={x + 8} y={top + 90} cls="ill-t-small ill-t-muted">
          For use with requests from a browser
        </Txt>
        <Button x={x + 8} y={top + 98} h={22} w={addW} label={addLabel} kind="secondary" />
        <rect className="ill-panel" x={x - 8} y={top + 134} width={GOOGLE_RIGHT - x + 16} height={144} rx={6} />
        <Txt x={x + 8} y={top + 160} cls="ill-t-subheading">
          Authorized redirect URIs
        </Txt>
        <Txt x={x + 8} y={top + 180} cls="ill-t-small ill-t-muted">
          For use with requests from a web server
        </Txt>
        <Field x={x + 8} y={top + 206} w={GOOGLE_RIGHT - x - 16} label="URIs 1 *" value={shown.redirectUri} mono />
        <Button x={x + 8} y={top + 248} h={22} w={addW} label={addLabel} kind="secondary" />
        <Button x={x} y={VIEW_H - 44} w={createW} label="Create" />
        <Button x={x + createW + 12} y={VIEW_H - 44} w={textWidth('Cancel') + 30} label="Cancel" kind="secondary" />
        <Mark x={x + 8} y={top + 248} w={addW} h={22} n={1} side="right" />
        <Mark x={x + 8} y={top + 214} w={GOOGLE_RIGHT - x - 16} h={FIELD_H} n={2} side="left" />
        <Mark x={x} y={VIEW_H - 44} w={createW} h={30} n={3} side="left" />
      </GoogleConsole>
    </Frame>
  );
}
