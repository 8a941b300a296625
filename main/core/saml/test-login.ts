/**
 * The SAML test login: the login the Hub runs with SAML, end to end, on this machine.
 *
 *   complete config → the pasted certificate read (a bad one fails before anyone signs in) → an SP-initiated
 *   AuthnRequest (our SP Entity ID, the Hub's ACS, a fresh ID) → login window → the IdP's HTTP-POST to the
 *   ACS caught before it leaves → the SAMLResponse validated as the Hub's ACS would (validate-response.ts)
 *   → the NameID and attributes the Hub will read → the result, recorded.
 *
 * The raw SAMLResponse is a signed bearer assertion: it lives in this function only. It never reaches the
 * result, an event or a log; the evidence keeps a redacted outline of it (redacted-response.ts).
 */
import { linkRunSignal } from '../run-signal';
import { randomUUID } from 'node:crypto';
import type { Configuration, SamlEvidence, TestLoginResult } from '../../../common/contract';
import { diagnose, DiagnosisError } from '../../../common/diagnosis';
import { idpProfile } from '../../../common/idp/profiles';
import { isLoopbackHost } from '../../../common/rules/issuer-url';
import { samlTestedValuesRecord } from '../../../common/rules/test-fingerprint';
import { systemClock, type AuthWindow, type AuthWindowOutcome, type Clock } from '../ports';
import { windowOutcomeDiagnosis } from '../oidc/authorize-errors';
import { clip } from '../oidc/redact';
import { DEFAULT_LOGIN_TIMEOUT_MS, type TestProgressEvent } from '../oidc/test-login/login-run';
import { createTestRecorder, type TestRecorder } from '../oidc/test-login/recorder';
import { CANCELLED, failed, type LoginEnd } from '../oidc/test-login/stage-outcome';
import { waitForWindow, type WindowRun } from '../oidc/test-login/window-stages';
import { buildAuthnRequest } from './authn-request';
import { certificateDateChecks, readIdpCertificate } from './idp-certificate';
import { redactedResponseXml } from './redacted-response';
import { samlClaims } from './saml-claims';
import { validateSamlResponse } from './validate-response';

export type SamlTestConfig = Pick<Configuration, 'id' | 'orgId' | 'saml'> & Partial<Pick<Configuration, 'idpKind'>>;

export interface RunSamlTestLoginInput {
  config: SamlTestConfig;
  authWindow: AuthWindow;
  emit?: (event: TestProgressEvent) => void;
  timeouts?: { loginMs?: number };
  signal?: AbortSignal;
  clock?: Clock;
  testId?: string;
}

export async function runSamlTestLogin(input: RunSamlTestLoginInput): Promise<TestLoginResult> {
  const testId = input.testId ?? randomUUID();
  const clock = input.clock ?? systemClock;
  const { signal, cancelled, dispose } = linkRunSignal(input.signal);
  const run: WindowRun = { authWindow: input.authWindow, loginMs: input.timeouts?.loginMs ?? DEFAULT_LOGIN_TIMEOUT_MS, signal, profile: idpProfile(input.config.idpKind) };
  const recorder = createTestRecorder({ testId, configId: input.config.id, clock, emit: input.emit });
  let end: LoginEnd;
  try {
    end = await samlStages(input.config, run, recorder, cancelled, clock);
  } catch (err) {
    end = cancelled() ? CANCELLED : err instanceof DiagnosisError ? failed(err.diagnosis) : failed(diagnose('INTERNAL_ERROR', { stage: recorder.stage, reason: err instanceof Error ? clip(err.name, 80) : typeof err }));
  }
  const result = recorder.finish(end);
  dispose();
  return result;
}

async function samlStages(config: SamlTestConfig, run: WindowRun, recorder: TestRecorder, cancelled: () => boolean, clock: Clock): Promise<LoginEnd> {
  // The values as tested (trimmed, the ACS built from the org): what the run uses and what the evidence records.
  const values = samlTestedValuesRecord({ orgId: config.orgId, saml: config.saml });
  const missing = [!config.orgId && 'organization', !values.spEntityId && 'SP Entity ID', !values.ssoUrl && 'SSO URL', !config.saml.certificate.trim() && 'certificate'].filter(Boolean);
  if (missing.length) return failed(diagnose('CONFIG_INCOMPLETE', { missing: missing.join(', ') }));
  recorder.note({ samlValues: values });

  // The certificate first: a wrong paste, or an expired certificate, is said before anyone signs in.
  const read = readIdpCertificate(config.saml.certificate);
  if (!read.ok) return failed(read.diagnosis);
  const dates = certificateDateChecks(read.certificate, clock.now());
  if (dates.failure) return failed(dates.failure);
  const ssoUrl = ssoUrlProblem(values.ssoUrl);
  if (ssoUrl) return failed(ssoUrl);

  const request = await buildAuthnRequest({ ssoUrl: values.ssoUrl, spEntityId: values.spEntityId, acsUrl: values.acsUrl });
  let evidence: SamlEvidence = { requestId: request.id };
  const noteSaml = (more: Partial<SamlEvidence>) => {
    evidence = { ...evidence, ...more };
    recorder.note({ saml: evidence });
  };
  noteSaml({});
  if (cancelled()) return CANCELLED;

  recorder.enter('window-opened', samlSignInDetail(values.ssoUrl));
  const outcome = await waitForWindow(run, { url: request.url, redirectUri: values.acsUrl });
  if (cancelled() || outcome.kind === 'cancelled') return CANCELLED;
  if (outcome.kind !== 'saml-post') return failed(samlWindowDiagnosis(outcome, values.acsUrl, run));

  recorder.enter('redirect-caught');
  recorder.redact(outcome.samlResponse);
  const outline = redactedResponseXml(outcome.samlResponse);
  if (outline) noteSaml({ redactedResponse: outline });

  recorder.enter('validating-response');
  const verdict = await validateSamlResponse({
    samlResponse: outcome.samlResponse,
    idpCertificate: config.saml.certificate,
    spEntityId: values.spEntityId,
    acsUrl: values.acsUrl,
    requestId: request.id,
    requestIssuedAt: request.issuedAt,
    ...(values.idpEntityId ? { idpEntityId: values.idpEntityId } : {}),
  });
  for (const w of verdict.warnings) recorder.warn(w);
  if (!verdict.ok) return failed(verdict.diagnosis);
  const { certificate } = verdict;
  noteSaml({
    issuer: verdict.issuer.slice(0, 2048),
    ...(verdict.nameIdFormat ? { nameIdFormat: verdict.nameIdFormat.slice(0, 300) } : {}),
    certificate: { subject: certificate.subject.slice(0, 1000), fingerprintSha256: certificate.fingerprintSha256, notAfter: certificate.notAfter },
  });
  return { kind: 'success', claims: samlClaims(verdict) };
}

/** The SSO URL must be a URL the window can open: https, or http on a loopback test IdP. */
function ssoUrlProblem(ssoUrl: string) {
  let url: URL;
  try {
    url = new URL(ssoUrl);
  } catch {
    return diagnose('SAML_SSO_URL_INVALID', { detail: 'not a URL', expected: 'https://… (the IdP’s SSO URL)' });
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return undefined;
  return diagnose('SAML_SSO_URL_INVALID', { detail: `a ${url.protocol.replace(':', '')} address`, expected: 'an https:// address' });
}

function samlSignInDetail(ssoUrl: string): string {
  try {
    const u = new URL(ssoUrl);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
}

/** A window that ended without the IdP's POST: a GET to the ACS is the wrong binding, the rest as for OIDC. */
function samlWindowDiagnosis(outcome: Exclude<AuthWindowOutcome, { kind: 'saml-post' | 'cancelled' }>, acsUrl: string, run: WindowRun) {
  if (outcome.kind === 'redirect') {
    return diagnose('SAML_RESPONSE_UNREADABLE', {
      detail: 'the identity provider sent the browser to the ACS without posting a SAMLResponse (a GET: the HTTP-Redirect binding, or an error page); the Hub reads the response from an HTTP-POST only',
      acsUrl,
    });
  }
  return windowOutcomeDiagnosis(outcome, acsUrl, run.loginMs, run.profile);
}

