import type { JSX } from 'react';
import { Button, Frame, Mark, Txt, textWidth, type IllustrationProps } from './svg-parts';
import { OKTA_APP_NAME, OKTA_RIGHT, OktaAppHeader, OktaConsole, oktaAppTabBox, oktaContentX } from './okta-shell';
import { shownValues } from './illustration-values';

export const oktaAssignmentsText = {
  title: 'Okta: assign people or groups to the app',
  alt: () =>
    `The "${OKTA_APP_NAME}" app integration in Okta with the Assignments tab highlighted (1). The "Assign" menu is open (2) with "Assign to People" and ` +
    '"Assign to Groups". Users who are not assigned get "User is not assigned to the client application" when they sign in.',
};

export function OktaAssignments(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const x = oktaContentX(true);
  const assignW = textWidth('Assign ▾') + 30;
  const tableX = x + 130;
  const typeX = x + 290;
  return (
    <Frame title={oktaAssignmentsText.title} alt={oktaAssignmentsText.alt()} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <OktaConsole shown={shown} path="/admin/app/oidc_client/instance/assignments" nav={{ expanded: 'Applications', active: 'Applications' }}>
        <OktaAppHeader activeTab="Assignments" />
        <rect className="ill-panel" x={x} y={166} width={OKTA_RIGHT - x} height={244} rx={6} />
        <Txt x={x + 14} y={312} cls="ill-t-small ill-t-bold ill-t-muted">
          Filters
        </Txt>
        <rect className="ill-selected" x={x + 8} y={321} width={104} height={24} rx={4} />
        <Txt x={x + 16} y={338} cls="ill-t-bold ill-t-link">
          People
        </Txt>
        <Txt x={x + 16} y={368}>
          Groups
        </Txt>
        <Txt x={tableX} y={312} cls="ill-t-small ill-t-bold ill-t-muted">
          Person
        </Txt>
        <Txt x={typeX} y={312} cls="ill-t-small ill-t-bold ill-t-muted">
          Type
        </Txt>
        <line className="ill-line" x1={tableX - 4} y1={320} x2={OKTA_RIGHT - 10} y2={320} />
        <Txt x={tableX} y={340}>
          Jane Admin
        </Txt>
        <Txt x={typeX} y={340} cls="ill-t-muted">
          Individual
        </Txt>
        <line className="ill-line" x1={tableX - 4} y1={350} x2={OKTA_RIGHT - 10} y2={350} />
        <Txt x={tableX} y={370}>
          Sam Lee
        </Txt>
        <Txt x={typeX} y={370} cls="ill-t-muted">
          Group
        </Txt>
        {/* The open Assign menu sits above the list. */}
        <Button x={x + 14} y={178} w={assignW} label="Assign ▾" />
        <Button x={x + 26 + assignW} y={178} label="Convert assignments" kind="secondary" />
        <rect className="ill-panel" x={x + 14} y={212} width={180} height={66} rx={5} />
        <Txt x={x + 28} y={238}>
          Assign to People
        </Txt>
        <Txt x={x + 28} y={266}>
          Assign to Groups
        </Txt>
        <Mark {...oktaAppTabBox('Assignments')} n={1} side="below" />
        <Mark x={x + 14} y={178} w={assignW} h={30} n={2} side="left" />
      </OktaConsole>
    </Frame>
  );
}
