/**
 * The evidence report as one self-contained HTML page: inline styles, no
 * script, no remote resource, every value escaped. The same page is saved as
 * the HTML file and printed to PDF by the shell (ReportPrinter), so the two
 * always say the same thing.
 */
import type { Diagnosis, HistoryRecord, TestedUserPreview } from '../../../common/contract';
import { formatTestTime } from '../../../common/rules/format-time';
import { recordDiagnosis, recordOutcome } from '../../../common/rules/record-outcome';
import { stageLabel } from '../../../common/rules/stage-labels';
import { statusText } from '../../../common/rules/status-text';
import type { ReportData } from './report-data';

const esc = (v: unknown): string =>
  String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const rows = (pairs: [string, unknown][]) =>
  `<table class="kv">${pairs.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;

const STYLE = `
:root { color-scheme: light; --ink:#1f2430; --muted:#5b6170; --line:#d9dce3; --ok:#137333; --warn:#8a5a00; --fail:#b3261e; --accent:#ffd21e; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 24px; }
h1 { font-size: 18pt; margin: 0 0 4px; } h2 { font-size: 13pt; margin: 22px 0 8px; border-bottom: 2px solid var(--accent); padding-bottom: 3px; }
h3 { font-size: 11.5pt; margin: 16px 0 6px; } .muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; font-size: 10pt; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border: 1px solid var(--line); word-break: break-word; }
table.kv th { width: 30%; background: #f6f7f9; font-weight: 600; }
code, .mono { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 9.5pt; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 600; border: 1px solid currentColor; }
.ok { color: var(--ok); } .warn { color: var(--warn); } .fail { color: var(--fail); } .neutral, .running { color: var(--muted); }
section.test { page-break-inside: avoid; border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 10px 0; }
ol { margin: 4px 0 8px 20px; padding: 0; }
pre.xml { white-space: pre-wrap; word-break: break-all; background: #f6f7f9; border: 1px solid var(--line); padding: 6px 8px; font-size: 8pt; }
`;

function diagnosisBlock(d: Diagnosis, heading: string): string {
  const evidence = Object.entries(d.evidence);
  return `<h4>${esc(heading)}: <code>${esc(d.code)}</code> ${esc(d.title)}</h4>
<p>${esc(d.cause)}</p>
${d.fix.length ? `<p><strong>How to fix</strong></p><ol>${d.fix.map((f) => `<li>${esc(f)}</li>`).join('')}</ol>` : ''}
${evidence.length ? `<p><strong>Evidence</strong> (redacted: no secret, code or token)</p>${rows(evidence)}` : ''}`;
}

function claimsTable(record: HistoryRecord): string {
  const c = record.claims;
  if (!c) return '';
  if (c.source === 'saml-assertion') {
    const attributes = Object.entries(c.other).map(([k, v]): [string, unknown] => [k, Array.isArray(v) ? v.join(', ') : String(v)]);
    return `<h4>SAML assertion (what the Hub will see)</h4>${rows([['NameID (the user; the Hub matches the email)', c.sub], ...attributes])}`;
  }
  const pairs: [string, unknown][] = [
    ['sub', c.sub],
    ['email', c.email],
    ['email_verified', c.email_verified],
    ['name', c.name],
    ['preferred_username', c.preferred_username],
    ['groups', c.groups?.join(', ')],
    ...Object.entries(c.other).map(([k, v]): [string, unknown] => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  ];
  return `<h4>ID token claims (what the Hub will see)</h4>${rows(pairs)}`;
}

function testBlock(r: HistoryRecord, tz: string | undefined): string {
  const when = formatTestTime(r.at, tz ? { timeZone: tz } : {});
  const { label, tone } = recordOutcome(r);
  const outcome = r.outcome === 'failure' && r.code ? `${label}: ${r.code}` : label;
  const kind = r.kind === 'issuer-check' ? 'Issuer check' : 'Test login';
  const user = r.claims?.email ?? r.claims?.sub;
  const v = r.values;
  const d = r.discovery;
  const sv = r.samlValues;
  const se = r.saml;
  const protocol = sv || se ? 'saml' : 'oidc';
  return `<section class="test">
<h3>${esc(kind)} at ${esc(when)} <span class="badge ${tone}">${esc(outcome)}</span></h3>
${rows([
  ['Signed in as', user],
  ['Issuer tested', v?.issuer],
  ['Client ID tested', v?.clientId],
  ['Redirect URI tested', v?.redirectUri],
  ['Scopes', v?.scopes],
  ['Secret', v ? `keychain entry, revision ${v.secretRevision} (the secret itself is never included)` : undefined],
  ['ACS URL tested (Hub)', sv?.acsUrl],
  ['SP Entity ID tested', sv?.spEntityId],
  ['IdP SSO URL tested', sv?.ssoUrl],
  ['IdP Issuer expected', sv ? sv.idpEntityId || '(not entered: not compared)' : undefined],
  ['IdP certificate tested (SHA-256)', sv?.certificateSha256],
  ['AuthnRequest ID', se?.requestId],
  ['Issuer in the assertion', se?.issuer],
  ['NameID format', se?.nameIdFormat],
  ['Signed with', se?.certificate ? `${se.certificate.subject} (SHA-256 ${se.certificate.fingerprintSha256}), valid until ${se.certificate.notAfter}` : undefined],
  ['App version', r.appVersion],
])}
${r.stages.length ? `<h4>Timeline</h4><table><tr><th>Stage</th><th>Took (ms; the last row: the whole test)</th></tr>${r.stages.map((s) => `<tr><td>${esc(stageLabel(s.stage, protocol))}</td><td>${esc(Math.round(s.ms))}</td></tr>`).join('')}</table>` : ''}
${(() => {
  const d = recordDiagnosis(r);
  return d ? diagnosisBlock(d.diagnosis, d.rebuilt ? 'Diagnosis (from the catalogue: this record predates full diagnoses)' : 'Diagnosis') : '';
})()}
${(r.warnings ?? []).map((w) => diagnosisBlock(w, 'Warning')).join('')}
${d ? `<h4>Discovery document</h4>${rows([
  ['issuer', d.issuer],
  ['authorization_endpoint', d.authorization_endpoint],
  ['token_endpoint', d.token_endpoint],
  ['jwks_uri', d.jwks_uri],
  ['token_endpoint_auth_methods_supported', d.token_endpoint_auth_methods_supported?.join(', ')],
  ['id_token_signing_alg_values_supported', d.id_token_signing_alg_values_supported?.join(', ')],
  ['code_challenge_methods_supported', d.code_challenge_methods_supported?.join(', ')],
])}` : ''}
${r.jwksKeyIds?.length ? `<h4>JWKS key ids</h4><p class="mono">${r.jwksKeyIds.map(esc).join(', ')}</p>` : ''}
${r.idTokenHeader ? `<h4>ID token header</h4>${rows([['alg', r.idTokenHeader.alg], ['kid', r.idTokenHeader.kid], ['typ', r.idTokenHeader.typ]])}` : ''}
${claimsTable(r)}
${se?.redactedResponse ? `<h4>The SAML response as received (redacted: signature values removed, the person masked)</h4><pre class="mono xml">${esc(se.redactedResponse)}</pre>` : ''}
${r.issuerCheck ? `<h4>Issuer checks</h4><table><tr><th>Check</th><th>Result</th><th>Detail</th></tr>${r.issuerCheck.checks.map((c) => `<tr><td>${esc(c.label)}</td><td>${esc(c.status)}</td><td>${esc(c.detail)}</td></tr>`).join('')}</table>` : ''}
</section>`;
}

/** "expires in 23 days (2026-12-24)"; a warning ahead of time ("soon", "expired"); nothing when not recorded. */
function secretExpiryText(expiry: ReportData['config']['secretExpiry']): string | undefined {
  if (expiry.state === 'unknown') return undefined;
  if (expiry.state === 'expired') return `${expiry.text}: logins with this secret fail; create a new one`;
  if (expiry.state === 'soon') return `${expiry.text}: create a new secret before then`;
  return expiry.text;
}

/** A SAML configuration's values, as the Hub's SSO settings name them. */
function samlValuesRows(c: ReportData['config']): string {
  const s = c.saml!;
  const expiry = s.certificateExpiry;
  const expiryText = expiry.state === 'unknown' ? undefined : expiry.state === 'expired' ? `${expiry.text}: the Hub refuses responses signed with it` : expiry.state === 'soon' ? `${expiry.text}: activate the next certificate in the IdP and paste it in the Hub before then` : expiry.text;
  return rows([
    ['Configuration', c.name],
    ['Identity provider', `${c.idp}, SAML 2.0`],
    ['Hub organization', c.orgId],
    ['Assertion Consumer Service URL (Hub)', s.acsUrl],
    ['SP Entity ID (Hub)', s.spEntityId],
    ['Sign-on URL (IdP SSO URL)', s.ssoUrl],
    ['Issuer (IdP entity ID)', s.idpEntityId || '(not entered: optional)'],
    ['Public certificate (SHA-256)', s.certificateSha256 || 'not pasted'],
    ['Certificate expiry', expiryText],
    ['Metadata URL', s.metadataUrl],
  ]);
}

function rolesBlock(users: (TestedUserPreview & { facts?: string[] })[]): string {
  if (users.length === 0) return '<p class="muted">No successful test login yet: no role preview.</p>';
  return `<table><tr><th>User</th><th>Hub role</th><th>Resource groups</th><th>Why</th></tr>${users
    .map(
      (u) =>
        `<tr><td>${esc(u.email ?? u.sub)}</td><td>${esc(u.role ?? 'invitation role / org default')}</td><td>${esc(u.resourceGroups.map((g) => `${g.resourceGroup} (${g.role})`).join(', ') || '—')}</td><td>${esc(u.explanation)}${u.warnings.length ? `<br><span class="warn">${u.warnings.map(esc).join('<br>')}</span>` : ''}${u.facts?.length ? `<br><span class="muted">${u.facts.map(esc).join('<br>')}</span>` : ''}</td></tr>`,
    )
    .join('')}</table>`;
}

export function renderReportHtml(data: ReportData, options: { timeZone?: string } = {}): string {
  const tz = options.timeZone;
  const status = statusText(data.status, tz ? { timeZone: tz } : {});
  const c = data.config;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(data.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(data.title)}</h1>
<p class="muted">Generated ${esc(formatTestTime(data.generatedAt, tz ? { timeZone: tz } : {}))} by SSO Setup Assistant ${esc(data.appVersion)}.
Tested users’ personal data: ${data.claimsChoice === 'all' ? 'shown in full' : 'redacted (emails, subject ids, names); groups kept, as the role mapping reads them'}.
No client secret, authorization code or token is included${data.config.protocol === 'saml' ? ', nor a signed SAML response (only its redacted outline)' : ''}.</p>
<h2>Status</h2>
<p><span class="badge ${status.tone}">${esc(status.label)}</span> ${esc(status.detail)}</p>
<h2>Values</h2>
${c.saml ? samlValuesRows(c) : rows([
  ['Configuration', c.name],
  ['Identity provider', c.idp],
  ['Hub organization', c.orgId],
  ['Issuer URL', c.issuerUrl],
  ['Client ID', c.clientId],
  ['Redirect URI (Hub)', c.redirectUri],
  ['Scopes', c.scopes],
  ['Client secret', c.hasSecret ? `stored in the OS keychain (revision ${c.secretRevision}); never included` : 'not saved'],
  ['Secret expiry', secretExpiryText(c.secretExpiry)],
])}
<h2>Role preview, per tested user</h2>
${rolesBlock(data.roles)}
<h2>${data.tests.length === 1 ? 'Test' : `Tests (${data.tests.length}, newest first)`}</h2>
${data.tests.length ? data.tests.map((t) => testBlock(t, tz)).join('\n') : '<p class="muted">No tests recorded.</p>'}
</body></html>
`;
}
