import type { JSX } from 'react';
import { CopyIcon, EyeIcon, Field, Frame, Mark, Radio, Txt, type IllustrationProps } from './svg-parts';
import { OKTA_ADMIN_HOST, OktaAppHeader, OktaConsole, oktaContentX } from './okta-shell';

export const oktaClientCredentialsText = {
  title: 'Okta: copy the Client ID and the client secret',
  alt:
    'The General tab of the "Hugging Face Hub" app integration in Okta. In the Client Credentials panel the Client ID and its copy button are highlighted (1); ' +
    'Client authentication is set to "Client secret" (2); in Client Secrets the masked secret with its show and copy buttons is highlighted (3).',
};

export function OktaClientCredentials(props: IllustrationProps): JSX.Element {
  const x = oktaContentX(true);
  const inner = x + 16;
  return (
    <Frame {...oktaClientCredentialsText} className={props.className} decorative={props.decorative}>
      <OktaConsole address={`${OKTA_ADMIN_HOST}/admin/app/oidc_client/instance/0oa8f2k1x9EXAMPLE697`} nav={{ expanded: 'Applications', active: 'Applications' }}>
        <OktaAppHeader activeTab="General" />
        <rect className="ill-panel" x={x} y={158} width={430} height={230} rx={6} />
        <Txt x={inner} y={182} cls="ill-t-subheading">
          Client Credentials
        </Txt>
        <Txt x={x + 414} y={182} cls="ill-t-link" anchor="end">
          Edit
        </Txt>
        <Field x={inner} y={206} w={250} label="Client ID" value="0oa8f2k1x9EXAMPLE697" mono readOnly />
        <CopyIcon x={inner + 262} y={219} />
        <Txt x={inner} y={262} cls="ill-t-small ill-t-bold">
          Client authentication
        </Txt>
        <Radio x={inner} y={284} label="Client secret" checked />
        <Radio x={inner + 140} y={284} label="Public key / Private key" />
        <Txt x={inner} y={318} cls="ill-t-subheading">
          Client Secrets
        </Txt>
        <Field x={inner} y={326} w={250} value="••••••••••••••••••••" mono readOnly />
        <EyeIcon x={inner + 262} y={333} />
        <CopyIcon x={inner + 290} y={331} />
        <Txt x={inner + 322} y={343} cls="ill-t-small ill-t-success">
          Active
        </Txt>
        <Mark x={inner} y={214} w={282} h={26} n={1} />
        <Mark x={inner - 2} y={270} w={120} h={20} n={2} />
        <Mark x={inner} y={326} w={310} h={26} n={3} />
      </OktaConsole>
    </Frame>
  );
}
