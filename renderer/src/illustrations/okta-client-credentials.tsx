import type { JSX } from 'react';
import { CopyIcon, EyeIcon, FIELD_H, Field, Frame, Mark, Radio, Txt, type IllustrationProps } from './svg-parts';
import { OKTA_APP_NAME, OKTA_RIGHT, OktaAppHeader, OktaConsole, oktaContentX } from './okta-shell';
import { shownValues, type ShownValues } from './illustration-values';

export const oktaClientCredentialsText = {
  title: 'Okta: copy the Client ID and the client secret',
  alt: (shown: ShownValues) =>
    `The General tab of the "${OKTA_APP_NAME}" app integration in Okta. In the Client Credentials panel the Client ID` +
    `${shown.clientId.example ? '' : ` (${shown.clientId.text})`} and its copy button are highlighted (1); ` +
    'Client authentication is set to "Client secret" (2); in Client Secrets the masked secret with its show and copy buttons is highlighted (3).',
};

export function OktaClientCredentials(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const x = oktaContentX(true);
  const inner = x + 16;
  return (
    <Frame title={oktaClientCredentialsText.title} alt={oktaClientCredentialsText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <OktaConsole shown={shown} path="/admin/app/oidc_client/instance/general" nav={{ expanded: 'Applications', active: 'Applications' }}>
        <OktaAppHeader activeTab="General" />
        <rect className="ill-panel" x={x} y={166} width={OKTA_RIGHT - x} height={244} rx={6} />
        <Txt x={inner} y={190} cls="ill-t-subheading">
          Client Credentials
        </Txt>
        <Txt x={OKTA_RIGHT - 16} y={190} cls="ill-t-link" anchor="end">
          Edit
        </Txt>
        <Field x={inner} y={216} w={250} label="Client ID" value={shown.clientId} mono readOnly />
        <CopyIcon x={inner + 264} y={230} />
        <Txt x={inner} y={276} cls="ill-t-small ill-t-bold">
          Client authentication
        </Txt>
        <Radio x={inner} y={300} label="Client secret" checked />
        <Radio x={inner + 140} y={300} label="Public key / Private key" />
        <Txt x={inner} y={338} cls="ill-t-subheading">
          Client Secrets
        </Txt>
        <Field x={inner} y={348} w={250} value="••••••••••••••••••••" mono readOnly />
        <EyeIcon x={inner + 262} y={356} />
        <CopyIcon x={inner + 290} y={354} />
        <Txt x={inner + 318} y={367} cls="ill-t-small ill-t-success">
          Active
        </Txt>
        <Mark x={inner} y={224} w={284} h={FIELD_H} n={1} />
        <Mark x={inner - 2} y={286} w={130} h={20} n={2} />
        <Mark x={inner} y={348} w={310} h={FIELD_H} n={3} />
      </OktaConsole>
    </Frame>
  );
}
