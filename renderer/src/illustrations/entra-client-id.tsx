import type { JSX } from 'react';
import { CopyIcon, Frame, Mark, Txt, Value, monoWidth, type IllustrationProps } from './svg-parts';
import { BLADE_BODY_Y, ENTRA_APP_NAME, ENTRA_RIGHT, EntraBladeHeader, EntraConsole, entraCommandBox } from './entra-shell';
import { shownValues, type Shown, type ShownValues } from './illustration-values';

export const entraClientIdText = {
  title: 'Entra: copy the Application (client) ID',
  alt: (shown: ShownValues) =>
    `The Overview of the "${ENTRA_APP_NAME}" app registration in the Microsoft Entra admin center. In Essentials, the "Application (client) ID"` +
    `${shown.clientId.example ? '' : ` (${shown.clientId.text})`} and its copy button are highlighted (1); the "Object ID" below it is not the client ID. ` +
    `"Directory (tenant) ID" shows ${shown.entraTenant.example ? 'the tenant' : shown.entraTenant.text}. The "Endpoints" button in the command bar is highlighted (2).`,
};

const COMMANDS = ['Delete', 'Endpoints', 'Preview features'];
const LABEL_X = 16;
const VALUE_X = 216;
const ROW = 29;

export function EntraClientId(props: IllustrationProps): JSX.Element {
  const shown = shownValues(props.values ?? {});
  const top = BLADE_BODY_Y + 46;
  const room = ENTRA_RIGHT - VALUE_X - 26;
  const rows: Array<{ label: string; value: Shown | string; mono?: boolean; copy?: boolean; note?: string; link?: boolean }> = [
    { label: 'Display name', value: ENTRA_APP_NAME, link: true },
    { label: 'Application (client) ID', value: shown.clientId, mono: true, copy: true },
    { label: 'Object ID', value: { text: 'another ID', example: true }, note: 'not the client ID' },
    { label: 'Directory (tenant) ID', value: shown.entraTenant, mono: true, copy: true },
    { label: 'Supported account types', value: 'My organization only', link: true },
    { label: 'Client credentials', value: 'Add a certificate or secret', link: true },
    { label: 'Redirect URIs', value: '1 web, 0 spa, 0 public client', link: true },
  ];
  const clientW = Math.min(monoWidth(shown.clientId.text), room) + 34;
  return (
    <Frame title={entraClientIdText.title} alt={entraClientIdText.alt(shown)} theme="third-party-light" className={props.className} decorative={props.decorative}>
      <EntraConsole>
        <EntraBladeHeader x={LABEL_X} crumbs={['Home', 'App registrations']} title={ENTRA_APP_NAME} commands={COMMANDS} />
        <Txt x={LABEL_X} y={BLADE_BODY_Y + 22} cls="ill-t-subheading">
          {'\u02C4 Essentials'}
        </Txt>
        {rows.map((r, i) => {
          const y = top + i * ROW;
          const value = typeof r.value === 'string' ? { text: r.value, example: false } : r.value;
          const w = r.mono ? Math.min(monoWidth(value.text), room) : 0;
          return (
            <g key={r.label}>
              <Txt x={LABEL_X} y={y} cls="ill-t-muted">
                {r.label}
              </Txt>
              <Txt x={VALUE_X - 12} y={y} cls="ill-t-muted">
                :
              </Txt>
              <Value x={VALUE_X} y={y} value={value} mono={r.mono} maxW={room} cls={r.link ? 'ill-t-link' : undefined} />
              {r.copy ? <CopyIcon x={VALUE_X + w + 14} y={y - 13} /> : null}
              {r.note ? (
                <Txt x={ENTRA_RIGHT} y={y} cls="ill-t-small ill-t-accent" anchor="end">
                  {r.note}
                </Txt>
              ) : null}
            </g>
          );
        })}
        <Mark x={VALUE_X - 4} y={top + ROW - 18} w={clientW} h={24} n={1} side="right" />
        <Mark {...entraCommandBox(LABEL_X, COMMANDS, 1)} n={2} side="below" />
      </EntraConsole>
    </Frame>
  );
}
