/**
 * Okta's "Create a new app integration" dialog over the Applications page:
 * its frame (title, Cancel and Next) and its sign-in method choices, shared by
 * the OIDC and the SAML 2.0 pictures.
 */
import type { JSX, ReactNode } from 'react';
import { Button, Radio, Txt, VIEW_H, VIEW_W, textWidth } from './svg-parts';
import { OktaConsole, type Box } from './okta-shell';
import { OktaApplicationsPage } from './okta-admin-applications';
import type { ShownValues } from './illustration-values';

export const DIALOG_X = 84;
export const DIALOG_W = 432;
/** Left edge of the dialog's content. */
export const DIALOG_INNER = DIALOG_X + 24;

/** Where the dialog's Next button sits, for a dialog from `top` of height `h`. */
export function dialogNextBox(top: number, h: number): Box {
  const w = textWidth('Next') + 40;
  return { x: DIALOG_X + DIALOG_W - 24 - w, y: top + h - 50, w, h: 30 };
}

export function OktaNewAppDialog(props: { shown: ShownValues; top: number; h: number; children: ReactNode }): JSX.Element {
  const next = dialogNextBox(props.top, props.h);
  return (
    <g>
      <OktaConsole shown={props.shown} path="/admin/apps/active" nav={{ expanded: 'Applications', active: 'Applications' }}>
        <OktaApplicationsPage />
      </OktaConsole>
      <rect className="ill-overlay" x={0} y={0} width={VIEW_W} height={VIEW_H} />
      <rect className="ill-panel" x={DIALOG_X} y={props.top} width={DIALOG_W} height={props.h} rx={8} />
      <Txt x={DIALOG_INNER} y={props.top + 32} cls="ill-t-heading">
        Create a new app integration
      </Txt>
      <line className="ill-line" x1={DIALOG_X} y1={props.top + 46} x2={DIALOG_X + DIALOG_W} y2={props.top + 46} />
      {props.children}
      <line className="ill-line" x1={DIALOG_X} y1={next.y - 14} x2={DIALOG_X + DIALOG_W} y2={next.y - 14} />
      <Button x={next.x - 100} y={next.y} w={88} label="Cancel" kind="secondary" />
      <Button x={next.x} y={next.y} w={next.w} label="Next" />
    </g>
  );
}

const METHODS = [
  { id: 'oidc', label: 'OIDC - OpenID Connect', note: 'Token-based OAuth 2.0 authentication for SSO' },
  { id: 'saml', label: 'SAML 2.0', note: 'XML-based open standard for SSO' },
  { id: 'swa', label: 'SWA - Secure Web Authentication', note: '' },
  { id: 'api', label: 'API Services', note: '' },
] as const;
export type OktaSignInMethod = 'oidc' | 'saml';
const ROW = 22;
const NOTE = 20;

/** The "Sign-in method" heading and choices, the first at baseline `y`; the chosen one shows its note. */
export function SignInMethods(props: { y: number; checked: OktaSignInMethod }): JSX.Element {
  let y = props.y;
  return (
    <g>
      <Txt x={DIALOG_INNER} y={props.y - 26} cls="ill-t-subheading">
        Sign-in method
      </Txt>
      {METHODS.map((m) => {
        const checked = m.id === props.checked;
        const baseline = y;
        y += ROW + (checked ? NOTE : 0);
        return <Radio key={m.id} x={DIALOG_INNER} y={baseline} label={m.label} checked={checked} {...(checked ? { note: m.note } : {})} />;
      })}
    </g>
  );
}

/** The highlight around the chosen method (its label and note). */
export function signInMethodBox(y: number, checked: OktaSignInMethod): Box {
  const i = METHODS.findIndex((m) => m.id === checked);
  return { x: DIALOG_INNER - 6, y: y + i * ROW - 18, w: DIALOG_W - 36, h: 40 };
}
