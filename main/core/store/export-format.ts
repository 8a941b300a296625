/**
 * The export file: configurations without any secret (and without hasSecret,
 * revision or test history, which belong to one machine), and the validation
 * of a file being imported. Problems are listed as "path: message"; values from
 * the file are never echoed (they can be huge, or something pasted by mistake).
 */
import { z } from 'zod';
import { ConfigFields, Progress, type Configuration } from '../../../common/contract';
import { diagnosisError, DiagnosisError } from '../../../common/diagnosis';
import type { ImportedConfiguration } from './import-batch';
import { CURRENT_SCHEMA_VERSION } from './stored-files';

export const EXPORT_FORMAT = 'sso-setup-assistant/configs';

const ExportedConfiguration = ConfigFields.extend({
  id: z.string().uuid(),
  progress: Progress.optional(),
  createdAt: z.string().datetime({ offset: true }).optional(),
  updatedAt: z.string().datetime({ offset: true }).optional(),
});
export type ExportedConfiguration = z.infer<typeof ExportedConfiguration>;

const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.number().int().min(1).max(CURRENT_SCHEMA_VERSION),
  exportedAt: z.string().optional(),
  configurations: z.array(z.unknown()).max(10_000),
});

export function toExportFile(configurations: Configuration[], exportedAt: string, appVersion: string): string {
  const exported: ExportedConfiguration[] = configurations.map((c) => ({
    id: c.id,
    name: c.name,
    orgId: c.orgId,
    clientId: c.clientId,
    issuerUrl: c.issuerUrl,
    idpKind: c.idpKind,
    requestGroups: c.requestGroups,
    ...(c.secretExpiresOn ? { secretExpiresOn: c.secretExpiresOn } : {}),
    roleMapping: c.roleMapping,
    protocol: c.protocol,
    // The certificate is public; its derived facts are recomputed on import.
    saml: { spEntityId: c.saml.spEntityId, ssoUrl: c.saml.ssoUrl, idpEntityId: c.saml.idpEntityId, certificate: c.saml.certificate, metadataUrl: c.saml.metadataUrl },
    progress: c.progress,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  }));
  return `${JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, exportedAt, appVersion, configurations: exported }, null, 2)}\n`;
}

const MAX_PROBLEMS = 20;
/** The oldest export format this version reads. */
const OLDEST_READABLE_VERSION = 1;

function pathOf(p: readonly PropertyKey[]): string {
  return p.map(String).join('.').slice(0, 200) || '(file)';
}

/**
 * Parses and validates an export. Each kind of wrong file gets its own code and
 * one sentence saying what the file is and what was expected (IMPORT_NOT_JSON,
 * IMPORT_OKTA_APP_DEFINITION, IMPORT_NOT_AN_EXPORT, IMPORT_NEWER_VERSION,
 * IMPORT_OLDER_VERSION); an export with bad values is IMPORT_INVALID, its
 * problems listed in the evidence only.
 */
export function parseExportFile(json: string): ImportedConfiguration[] {
  const raw = parseJson(json);
  if (looksLikeOktaApp(raw)) {
    throw diagnosisError('IMPORT_OKTA_APP_DEFINITION', { found: oktaMarkers(raw).join(', ') });
  }
  const format = isObject(raw) ? raw.format : undefined;
  if (format !== EXPORT_FORMAT) {
    throw diagnosisError('IMPORT_NOT_AN_EXPORT', { found: describeJson(raw), expected: `"format": "${EXPORT_FORMAT}"` });
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  const appVersion = typeof (raw as { appVersion?: unknown }).appVersion === 'string' ? String((raw as { appVersion: string }).appVersion).slice(0, 40) : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && (version > CURRENT_SCHEMA_VERSION || version < OLDEST_READABLE_VERSION)) {
    const newer = version > CURRENT_SCHEMA_VERSION;
    const by = appVersion ? ` by SSO Setup Assistant ${appVersion}` : '';
    const reads = OLDEST_READABLE_VERSION === CURRENT_SCHEMA_VERSION ? `format version ${CURRENT_SCHEMA_VERSION}` : `format versions ${OLDEST_READABLE_VERSION} to ${CURRENT_SCHEMA_VERSION}`;
    throw diagnosisError(
      newer ? 'IMPORT_NEWER_VERSION' : 'IMPORT_OLDER_VERSION',
      { fileFormatVersion: version, readsFormatVersion: CURRENT_SCHEMA_VERSION, exportedBy: appVersion },
      { cause: `The file was exported${by} in export format version ${version}; this version of the app reads ${reads}. Nothing was imported.` },
    );
  }
  const head = ExportFile.safeParse(raw);
  if (!head.success) throw invalid(head.error.issues.map((i) => `${pathOf(i.path)}: ${i.message}`), 'its header has values this app does not accept');
  const problems: string[] = [];
  const out: ImportedConfiguration[] = [];
  const seen = new Set<string>();
  const badEntries = new Set<number>();
  head.data.configurations.forEach((entry, index) => {
    const parsed = ExportedConfiguration.safeParse(entry);
    const rawId = (entry as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' ? rawId.toLowerCase() : undefined;
    if (id !== undefined && seen.has(id)) {
      problems.push(`configurations.${index}.id: the same id appears twice in the file`);
      badEntries.add(index);
    }
    if (id !== undefined) seen.add(id);
    if (!parsed.success) {
      for (const i of parsed.error.issues) problems.push(`configurations.${index}.${pathOf(i.path)}: ${i.message}`);
      badEntries.add(index);
      return;
    }
    if (problems.length) return;
    const { id: _id, progress, createdAt, updatedAt: _u, ...rest } = parsed.data;
    const fields = ConfigFields.parse(rest);
    const item: ImportedConfiguration = { id: parsed.data.id.toLowerCase(), fields };
    if (progress) item.progress = progress;
    if (createdAt) item.createdAt = createdAt;
    out.push(item);
  });
  if (problems.length) {
    const n = badEntries.size;
    const first = [...badEntries][0]! + 1;
    const total = head.data.configurations.length;
    throw invalid(problems, `${n} of its ${total} configuration${total === 1 ? '' : 's'} ${n === 1 ? 'has' : 'have'} values this app does not accept (the first: number ${first})`);
  }
  return out;
}

/** JSON.parse, or IMPORT_NOT_JSON with where it stopped (never the file's text: JSON.parse's message quotes it). */
function parseJson(json: string): unknown {
  if (json.trim() === '') throw diagnosisError('IMPORT_NOT_JSON', { size: 0 }, { cause: 'The file is empty: an export of this app is a JSON file listing configurations. Nothing was imported.' });
  try {
    return JSON.parse(json);
  } catch (err) {
    const message = err instanceof Error ? err.message : '';
    const at = /position (\d+)/.exec(message);
    const position = at ? Number(at[1]) : /end of JSON input/.test(message) ? json.length : undefined;
    if (position === undefined) {
      const kind = fileKind(json);
      throw diagnosisError(
        'IMPORT_NOT_JSON',
        { size: json.length, ...(kind ? { looksLike: kind } : {}) },
        kind ? { cause: `An export of this app is a JSON file; this file looks like ${kind}. Nothing was imported.` } : {},
      );
    }
    const before = json.slice(0, position);
    const line = before.split('\n').length;
    const column = position - before.lastIndexOf('\n');
    const where = position >= json.length ? 'it ends too early (cut short?)' : `it stops being JSON at line ${line}, column ${column}`;
    throw diagnosisError(
      'IMPORT_NOT_JSON',
      { line, column, size: json.length },
      { cause: `An export of this app is a JSON file; this file could not be read as JSON: ${where}. Nothing was imported.` },
    );
  }
}

/** What a non-JSON file probably is, from its first bytes (no content quoted). */
function fileKind(text: string): string | undefined {
  const head = text.trimStart().slice(0, 5);
  if (head.startsWith('%PDF')) return 'a PDF document';
  if (head.startsWith('PK')) return 'a ZIP archive (a .zip, .docx or .xlsx file)';
  if (head.startsWith('<')) return 'an HTML or XML page';
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Okta's Apps API (GET /api/v1/apps/{id}, and what Okta exports) describes an
 * OIDC app with `signOnMode: "OPENID_CONNECT"`, `name: "oidc_client"`,
 * `credentials.oauthClient`, `settings.oauthClient` and `_links`.
 */
function oktaMarkers(v: unknown): string[] {
  const app = Array.isArray(v) ? v.find(isObject) : v;
  if (!isObject(app)) return [];
  const found: string[] = [];
  if (typeof app.signOnMode === 'string') found.push('signOnMode');
  if (app.name === 'oidc_client') found.push('"name": "oidc_client"');
  if (isObject(app.credentials) && isObject(app.credentials.oauthClient)) found.push('credentials.oauthClient');
  if (isObject(app.settings) && isObject(app.settings.oauthClient)) found.push('settings.oauthClient');
  if (isObject(app._links) && (app._links.appLinks !== undefined || app._links.users !== undefined || app._links.groups !== undefined)) found.push('_links');
  return found;
}

function looksLikeOktaApp(v: unknown): boolean {
  const found = oktaMarkers(v);
  // signOnMode alone is specific to Okta apps; otherwise two of the markers.
  return found.includes('signOnMode') || found.length >= 2;
}

/** What the JSON is, in a few words, without quoting its values. */
function describeJson(v: unknown): string {
  if (Array.isArray(v)) return `a list of ${v.length} item${v.length === 1 ? '' : 's'}`;
  if (isObject(v)) {
    const keys = Object.keys(v);
    const shown = keys.slice(0, 5).map((k) => k.slice(0, 40)).join(', ');
    return keys.length === 0 ? 'an empty object' : `an object with ${shown}${keys.length > 5 ? ', …' : ''}`;
  }
  return v === null ? 'null' : `a ${typeof v}`;
}

/** IMPORT_INVALID: one sentence in the cause; the problems (paths and rules, never values) in the evidence. */
function invalid(problems: string[], what: string): DiagnosisError {
  const shown = problems.slice(0, MAX_PROBLEMS).map((p) => p.slice(0, 300));
  const more = problems.length > shown.length ? ` (and ${problems.length - shown.length} more)` : '';
  return diagnosisError(
    'IMPORT_INVALID',
    { problems: shown.join('\n') + more },
    { cause: `The file is an export of this app, but ${what}; the evidence lists them. Nothing was imported.` },
  );
}
