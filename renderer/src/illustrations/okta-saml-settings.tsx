import type { JSX } from 'react';
import { Checkbox, FIELD_H, Field, Frame, Mark, Select, Txt, type IllustrationProps } from './svg-parts';
import { OktaConsole } from './okta-shell';
import { shownValues, type Shown, type ShownValues } from './illustration-values';

const valueSaid = (value: Shown, what: string) => (value.example ? `${what}, for example ${value.text}` : value.text);

export const oktaSamlSettingsText = {
  title: 'Okta: Configure SAML with the Hub’s ACS URL and SP Entity ID',
  alt: (shown: ShownValues) =>
    'The "Configure SAML" step of Okta\'s "Create SAML Integration" wizard, SAML Settings. ' +
    `The "Single sign-on URL" field is highlighted (1) and holds ${valueSaid(shown.acsUrl, "the Hub's Assertion Consumer Service URL")}; ` +
    '"Use this for Recipient URL and Destination URL" below it is checked (2). ' +
    `The "Audience URI (SP Entity ID)" field is highlighted (3) and holds ${valueSaid(shown.spEntityId, "the SP Entity ID copied from the Hub's SSO settings")}. ` +
    '"Name ID format" is set to EmailAddress (4) and "Application username" to Email (5).',
};

/** The wizard's current stage, as its progress bar names it (stage 2 of General Settings, Configure SAML, Feedback). */
function CurrentStage(props: { x: number; y: number }): JSX.Element {
  return (
    <g>
      <circle className="ill-primary" cx={props.x + 10} cy={props.y - 5} r={10} />
      <Txt x={props.x + 10} y={props.y} cls="ill-t-on-primary" anchor="middle">
        2
      </Txt>
      <Txt x={props.x + 28} y={props.y} cls="ill-t-bold">
        Configure SAML
      </Txt>
    </g>
  );
}

export function OktaSamlSettings(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const x = 44;
  const w = 520;
  const selectW = 230;
  const usernameX = x + selectW + 40;
  return (
    <Frame title={oktaSamlSettingsText.title} alt={oktaSamlSettingsText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <OktaConsole shown={shown} path="/admin/apps/saml-wizard/edit">
        <Txt x={20} y={102} cls="ill-t-heading">
          Create SAML Integration
        </Txt>
        <CurrentStage x={300} y={102} />
        <rect className="ill-panel" x={20} y={116} width={560} height={294} rx={6} />
        <Txt x={x} y={142} cls="ill-t-subheading">
          SAML Settings
        </Txt>
        <Field x={x} y={168} w={w} label="Single sign-on URL" value={shown.acsUrl} mono />
        <Checkbox x={x} y={234} label="Use this for Recipient URL and Destination URL" checked />
        <Field x={x} y={264} w={w} label="Audience URI (SP Entity ID)" value={shown.spEntityId} mono />
        <Select x={x} y={322} w={selectW} label="Name ID format" value="EmailAddress" />
        <Select x={usernameX} y={322} w={selectW} label="Application username" value="Email" />
        <Txt x={x} y={392} cls="ill-t-link">
          Show Advanced Settings
        </Txt>
        <Mark x={x} y={176} w={w} h={FIELD_H} n={1} />
        <Mark x={x - 4} y={217} w={360} h={22} n={2} />
        <Mark x={x} y={272} w={w} h={FIELD_H} n={3} />
        <Mark x={x} y={330} w={selectW} h={FIELD_H} n={4} />
        <Mark x={usernameX} y={330} w={selectW} h={FIELD_H} n={5} side="right" />
      </OktaConsole>
    </Frame>
  );
}
