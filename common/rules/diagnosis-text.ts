/**
 * A diagnosis as plain text, for "Copy diagnosis": what an admin pastes into a
 * ticket or sends to Hugging Face support. Evidence is already redacted when
 * a diagnosis is built; nothing is added here.
 */
import type { Diagnosis } from '../contract';

export function diagnosisText(d: Diagnosis, context: { at?: string; appVersion?: string } = {}): string {
  const lines = [`${d.code}: ${d.title}`, '', d.cause];
  if (d.fix.length > 0) lines.push('', 'How to fix:', ...d.fix.map((f, i) => `${i + 1}. ${f}`));
  const evidence = Object.entries(d.evidence);
  if (evidence.length > 0) lines.push('', 'Evidence:', ...evidence.map(([k, v]) => `- ${k}: ${v}`));
  const footer = [context.at ? `at ${context.at}` : '', context.appVersion ? `SSO Setup Assistant ${context.appVersion}` : ''].filter(Boolean);
  if (footer.length > 0) lines.push('', footer.join(', '));
  return lines.join('\n');
}
