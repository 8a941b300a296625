import type { JSX } from 'react';
import { Checkbox, Field, Frame, Mark, Txt, type IllustrationProps } from './svg-parts';
import { OKTA_ADMIN_HOST, OktaConsole } from './okta-shell';
import { HUB_CONSUME_URI_FORM } from '../../../common/rules/hub-urls';

export const HUB_REDIRECT_URI_PATTERN = HUB_CONSUME_URI_FORM;

export const oktaGeneralSettingsRedirectText = {
  title: 'Okta: paste the Hub redirect URI as the sign-in redirect URI',
  alt:
    'The "New Web App Integration" page, General Settings. App integration name "Hugging Face Hub", grant type "Authorization Code" checked. ' +
    `The "Sign-in redirect URIs" field is highlighted (1) and holds ${HUB_REDIRECT_URI_PATTERN}. ` +
    'The "Sign-out redirect URIs" field is highlighted (2) and left empty.',
};

export function OktaGeneralSettingsRedirect(props: IllustrationProps): JSX.Element {
  const x = 48;
  return (
    <Frame {...oktaGeneralSettingsRedirectText} className={props.className} decorative={props.decorative}>
      <OktaConsole address={`${OKTA_ADMIN_HOST}/admin/apps/oauth2-wizard/create`}>
        <Txt x={24} y={104} cls="ill-t-heading">
          New Web App Integration
        </Txt>
        <rect className="ill-panel" x={24} y={118} width={592} height={270} rx={6} />
        <Txt x={x} y={144} cls="ill-t-subheading">
          General Settings
        </Txt>
        <Field x={x} y={170} w={260} label="App integration name" value="Hugging Face Hub" />
        <Txt x={x} y={226} cls="ill-t-small ill-t-bold">
          Grant type
        </Txt>
        <Checkbox x={x} y={248} label="Authorization Code" checked />
        <Checkbox x={x + 200} y={248} label="Refresh Token" />
        <Field x={x} y={280} w={450} label="Sign-in redirect URIs" value={HUB_REDIRECT_URI_PATTERN} mono />
        <Field x={x} y={336} w={450} label="Sign-out redirect URIs (Optional)" />
        <Txt x={x + 466} y={365} cls="ill-t-small ill-t-accent">
          Leave empty
        </Txt>
        <Mark x={x} y={288} w={450} h={26} n={1} />
        <Mark x={x} y={344} w={450} h={26} n={2} />
      </OktaConsole>
    </Frame>
  );
}
