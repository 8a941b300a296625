import type { JSX } from 'react';
import { Button, Field, Frame, Mark, Radio, Txt, textWidth, type IllustrationProps } from './svg-parts';
import { OktaConsole } from './okta-shell';
import { shownValues } from './illustration-values';

export const oktaSaveAppText = {
  title: 'Okta: save the new app integration',
  alt: () =>
    'The bottom of the "New Web App Integration" page: "Sign-out redirect URIs" empty, the Assignments section with "Controlled access" ' +
    '(here "Limit access to selected groups"), and the "Save" button highlighted (1) next to "Cancel".',
};

export function OktaSaveApp(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const x = 44;
  const saveW = textWidth('Save') + 44;
  const saveX = 580 - 56 - saveW;
  return (
    <Frame title={oktaSaveAppText.title} alt={oktaSaveAppText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <OktaConsole shown={shown} path="/admin/apps/oauth2-wizard/create">
        <rect className="ill-panel" x={20} y={86} width={560} height={324} rx={6} />
        <Field x={x} y={112} w={380} label="Sign-out redirect URIs (Optional)" />
        <Txt x={x} y={172} cls="ill-t-subheading">
          Trusted Origins
        </Txt>
        <Field x={x} y={196} w={300} label="Base URIs (Optional)" />
        <Txt x={x} y={256} cls="ill-t-subheading">
          Assignments
        </Txt>
        <Txt x={x} y={280} cls="ill-t-small ill-t-bold">
          Controlled access
        </Txt>
        <Radio x={x} y={304} label="Allow everyone in your organization to access" />
        <Radio x={x} y={328} label="Limit access to selected groups" checked />
        <Radio x={x} y={352} label="Skip group assignment for now" />
        <line className="ill-line" x1={20} y1={364} x2={580} y2={364} />
        <Button x={saveX - 100} y={372} w={88} label="Cancel" kind="secondary" />
        <Button x={saveX} y={372} w={saveW} label="Save" />
        <Mark x={saveX} y={372} w={saveW} h={30} n={1} side="right" />
      </OktaConsole>
    </Frame>
  );
}
