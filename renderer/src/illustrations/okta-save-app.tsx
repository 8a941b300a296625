import type { JSX } from 'react';
import { Button, Field, Frame, Mark, Radio, Txt, textWidth, type IllustrationProps } from './svg-parts';
import { OKTA_ADMIN_HOST, OktaConsole } from './okta-shell';

export const oktaSaveAppText = {
  title: 'Okta: save the new app integration',
  alt:
    'The bottom of the "New Web App Integration" page: "Sign-out redirect URIs" empty, the Assignments section with "Controlled access" ' +
    '(here "Limit access to selected groups"), and the "Save" button highlighted (1) next to "Cancel".',
};

export function OktaSaveApp(props: IllustrationProps): JSX.Element {
  const x = 48;
  const saveW = textWidth('Save') + 40;
  const saveX = 616 - 24 - saveW;
  return (
    <Frame {...oktaSaveAppText} className={props.className} decorative={props.decorative}>
      <OktaConsole address={`${OKTA_ADMIN_HOST}/admin/apps/oauth2-wizard/create`}>
        <rect className="ill-panel" x={24} y={84} width={592} height={304} rx={6} />
        <Field x={x} y={108} w={450} label="Sign-out redirect URIs (Optional)" />
        <Txt x={x} y={166} cls="ill-t-subheading">
          Trusted Origins
        </Txt>
        <Field x={x} y={188} w={300} label="Base URIs (Optional)" />
        <Txt x={x} y={246} cls="ill-t-subheading">
          Assignments
        </Txt>
        <Txt x={x} y={268} cls="ill-t-small ill-t-bold">
          Controlled access
        </Txt>
        <Radio x={x} y={290} label="Allow everyone in your organization to access" />
        <Radio x={x} y={312} label="Limit access to selected groups" checked />
        <Radio x={x} y={334} label="Skip group assignment for now" />
        <line className="ill-line" x1={24} y1={346} x2={616} y2={346} />
        <Button x={saveX - 96} y={352} w={84} label="Cancel" kind="secondary" />
        <Button x={saveX} y={352} w={saveW} label="Save" />
        <Mark x={saveX} y={352} w={saveW} h={28} n={1} side="right" />
      </OktaConsole>
    </Frame>
  );
}
