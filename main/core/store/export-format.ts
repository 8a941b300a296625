/**
 * The export file: configurations without any secret (and without hasSecret,
 * revision or test history, which belong to one machine), and the validation
 * of a file being imported. Problems are listed as "path: message"; values from
 * the file are never echoed (they can be huge, or something pasted by mistake).
 */
import { z } from 'zod';
import { ConfigFields, Progress, type Configuration } from '../../../common/contract';
import { DiagnosisError } from '../../../common/diagnosis';
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
    progress: c.progress,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  }));
  return `${JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, exportedAt, appVersion, configurations: exported }, null, 2)}\n`;
}

const MAX_PROBLEMS = 20;

function pathOf(p: readonly PropertyKey[]): string {
  return p.map(String).join('.').slice(0, 200) || '(file)';
}

/** Parses and validates an export; IMPORT_INVALID lists what is wrong. */
export function parseExportFile(json: string): ImportedConfiguration[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    // JSON.parse's message quotes the input: do not pass it on.
    throw invalid(['(file): not valid JSON']);
  }
  const head = ExportFile.safeParse(raw);
  if (!head.success) {
    const problems = head.error.issues.map((i) => {
      if (i.path[0] === 'format') return 'format: not an SSO Setup Assistant export (expected "sso-setup-assistant/configs")';
      if (i.path[0] === 'schemaVersion' && i.code === 'too_big') return `schemaVersion: exported by a newer version of the app (this one reads up to ${CURRENT_SCHEMA_VERSION})`;
      return `${pathOf(i.path)}: ${i.message}`;
    });
    throw invalid(problems);
  }
  const problems: string[] = [];
  const out: ImportedConfiguration[] = [];
  const seen = new Set<string>();
  head.data.configurations.forEach((entry, index) => {
    const parsed = ExportedConfiguration.safeParse(entry);
    const rawId = (entry as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' ? rawId.toLowerCase() : undefined;
    if (id !== undefined && seen.has(id)) problems.push(`configurations.${index}.id: the same id appears twice in the file`);
    if (id !== undefined) seen.add(id);
    if (!parsed.success) {
      for (const i of parsed.error.issues) problems.push(`configurations.${index}.${pathOf(i.path)}: ${i.message}`);
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
  if (problems.length) throw invalid(problems);
  return out;
}

function invalid(problems: string[]): DiagnosisError {
  const shown = problems.slice(0, MAX_PROBLEMS).map((p) => p.slice(0, 300));
  const more = problems.length > shown.length ? ` (and ${problems.length - shown.length} more)` : '';
  return DiagnosisError.of(
    'IMPORT_INVALID',
    { problems: shown.join('\n') + more, count: problems.length },
    { cause: `The file cannot be imported: ${shown.slice(0, 3).join('; ')}${problems.length > 3 ? ' …' : ''}` },
  );
}
