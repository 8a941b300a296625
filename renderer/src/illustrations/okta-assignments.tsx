import type { JSX } from 'react';
import { Button, Frame, Mark, Txt, textWidth, type IllustrationProps } from './svg-parts';
import { OKTA_ADMIN_HOST, OktaAppHeader, OktaConsole, oktaAppTabBox, oktaContentX } from './okta-shell';

export const oktaAssignmentsText = {
  title: 'Okta: assign people or groups to the app',
  alt:
    'The "Hugging Face Hub" app integration in Okta with the Assignments tab highlighted (1). The "Assign" menu is open (2) with "Assign to People" and ' +
    '"Assign to Groups". Users who are not assigned get "User is not assigned to the client application" when they sign in.',
};

export function OktaAssignments(props: IllustrationProps): JSX.Element {
  const x = oktaContentX(true);
  const assignW = textWidth('Assign ▾') + 28;
  return (
    <Frame {...oktaAssignmentsText} className={props.className} decorative={props.decorative}>
      <OktaConsole address={`${OKTA_ADMIN_HOST}/admin/app/oidc_client/instance/0oa8f2k1x9EXAMPLE697`} nav={{ expanded: 'Applications', active: 'Applications' }}>
        <OktaAppHeader activeTab="Assignments" />
        <rect className="ill-panel" x={x} y={158} width={430} height={230} rx={6} />
        <Txt x={x + 14} y={300} cls="ill-t-small ill-t-bold ill-t-muted">
          Filters
        </Txt>
        <rect className="ill-selected" x={x + 10} y={308} width={100} height={22} rx={4} />
        <Txt x={x + 18} y={324} cls="ill-t-bold ill-t-link">
          People
        </Txt>
        <Txt x={x + 18} y={350}>
          Groups
        </Txt>
        <Txt x={x + 130} y={300} cls="ill-t-small ill-t-bold ill-t-muted">
          Assignee
        </Txt>
        <Txt x={x + 300} y={300} cls="ill-t-small ill-t-bold ill-t-muted">
          Type
        </Txt>
        <line className="ill-line" x1={x + 126} y1={308} x2={x + 420} y2={308} />
        <Txt x={x + 130} y={328}>
          Jane Admin
        </Txt>
        <Txt x={x + 300} y={328} cls="ill-t-muted">
          Individual
        </Txt>
        <Txt x={x + 130} y={354}>
          Research team
        </Txt>
        <Txt x={x + 300} y={354} cls="ill-t-muted">
          Group
        </Txt>
        {/* The open Assign menu sits above the list. */}
        <Button x={x + 14} y={170} w={assignW} label="Assign ▾" />
        <Button x={x + 24 + assignW} y={170} label="Convert assignments" kind="secondary" />
        <rect className="ill-panel" x={x + 14} y={202} width={170} height={62} rx={5} />
        <Txt x={x + 28} y={226}>
          Assign to People
        </Txt>
        <Txt x={x + 28} y={252}>
          Assign to Groups
        </Txt>
        <Mark {...oktaAppTabBox('Assignments')} n={1} side="below" />
        <Mark x={x + 14} y={170} w={assignW} h={28} n={2} />
      </OktaConsole>
    </Frame>
  );
}
