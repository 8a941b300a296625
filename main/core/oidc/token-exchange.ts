/**
 * The code exchange, done the way the Hub does it: client_secret_post. When
 * the token endpoint answers `invalid_client`, one probe with HTTP Basic tells
 * a wrong secret from an Okta app that expects Basic. The probe cannot reuse
 * the code (codes are single-use), so it sends a dummy code: `invalid_grant`
 * means the client authenticated, `invalid_client` means it did not. An IdP
 * profile whose errors say for sure what went wrong (Entra's AADSTS numbers,
 * Google's invalid_client once the client id was accepted) needs no probe.
 */
import * as client from 'openid-client';
import type { Diagnosis } from '../../../common/contract';
import { diagnose, type DiagnosisCode } from '../../../common/diagnosis';
import { diagnoseClassified, diagnoseFor, isDiagnosisCode } from '../../../common/idp/diagnose';
import { idpProfile } from '../../../common/idp/profiles';
import type { IdpProfile } from '../../../common/idp/types';
import { advertisedSigningAlgs } from './discovery';
import { boundedFetch, classifyNetworkError, NetworkFailure, type FetchLike } from './http';
import { networkFailureDiagnosis } from './network-diagnosis';
import type { IssuerMetadata } from './issuer-cache';
import { clip } from './redact';
import { tokenEndpointError, validationErrorDiagnosis, type TokenEndpointError } from './token-errors';
import { hubFacts } from '../../../common/rules/hub-facts';

export interface ExchangeInput {
  metadata: IssuerMetadata;
  clientId: string;
  secret: string;
  /** The URL the login window caught (the consume URI with code and state). */
  callbackUrl: URL;
  expectedState: string;
  expectedNonce: string;
  codeVerifier: string;
  timeoutMs: number;
  signal: AbortSignal;
  /** http on a loopback issuer (tests, the sandbox IdP). */
  allowHttp: boolean;
  /** Seconds to add to the local clock so openid-client's "now" is the injected clock's. */
  clockSkewSeconds: number;
  /** The shell's fetch port: openid-client's customFetch and the Basic probe both go through it. */
  fetch: FetchLike;
  /** The configuration's IdP profile (Okta when absent): it names its own token errors. */
  profile?: IdpProfile;
}

export type ExchangeOutcome =
  | { kind: 'tokens'; idToken: string; claims: Record<string, unknown> }
  | { kind: 'failed'; diagnosis: Diagnosis }
  | { kind: 'cancelled' };

/** The client authentication the Hub uses, by its hub-facts name. */
const HUB_CLIENT_AUTH: Record<typeof hubFacts.tokenEndpointAuthMethod.value, (secret: string) => client.ClientAuth> = {
  client_secret_post: (secret) => client.ClientSecretPost(secret),
};

export async function exchangeCode(input: ExchangeInput): Promise<ExchangeOutcome> {
  const config = new client.Configuration(
    input.metadata as client.ServerMetadata,
    input.clientId,
    { client_secret: input.secret, [client.clockSkew]: input.clockSkewSeconds } as Partial<client.ClientMetadata>,
    // The Hub's way (hubFacts.tokenEndpointAuthMethod): the secret in the request body.
    HUB_CLIENT_AUTH[hubFacts.tokenEndpointAuthMethod.value](input.secret),
  );
  if (input.allowHttp) client.allowInsecureRequests(config);
  config.timeout = Math.max(1, Math.ceil(input.timeoutMs / 1000));
  // openid-client brings its own timeout signal; add the test's cancel signal to it.
  config[client.customFetch] = (url, options) =>
    input.fetch(url, { ...options, signal: options.signal ? AbortSignal.any([options.signal, input.signal]) : input.signal } as RequestInit);

  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, input.callbackUrl, {
      pkceCodeVerifier: input.codeVerifier,
      expectedState: input.expectedState,
      expectedNonce: input.expectedNonce,
      idTokenExpected: true,
    });
  } catch (err) {
    if (input.signal.aborted) return { kind: 'cancelled' };
    const oauthError = await tokenEndpointError(err);
    if (oauthError) return { kind: 'failed', diagnosis: await diagnoseTokenEndpointError(oauthError, input) };
    const validation = validationErrorDiagnosis(err, {
      issuer: input.metadata.issuer,
      clientId: input.clientId,
      advertisedAlgs: advertisedSigningAlgs(input.metadata),
    });
    if (validation) return { kind: 'failed', diagnosis: validation };
    const net = classifyNetworkError(err);
    const diagnosis = networkFailureDiagnosis(net, input.metadata.token_endpoint, input.timeoutMs, 'token endpoint');
    return { kind: 'failed', diagnosis: { ...diagnosis, evidence: { ...diagnosis.evidence, failure: net.kind } } };
  }
  const idToken = tokens.id_token;
  const claims = tokens.claims();
  if (!idToken || !claims) return { kind: 'failed', diagnosis: diagnose('ID_TOKEN_MISSING') };
  return { kind: 'tokens', idToken, claims: { ...claims } };
}

async function diagnoseTokenEndpointError(posted: TokenEndpointError, input: ExchangeInput): Promise<Diagnosis> {
  const evidence = {
    method: hubFacts.tokenEndpointAuthMethod.value,
    status: posted.status,
    error: clip(posted.error, 100),
    error_description: clip(posted.description) || undefined,
    token_endpoint: input.metadata.token_endpoint,
  };
  const profile = input.profile ?? idpProfile(undefined);
  const decisive = profile.errors.tokenDecisive?.(posted);
  if (decisive && isDiagnosisCode(decisive.code)) return diagnoseClassified(profile, decisive, evidence);
  if (posted.error !== 'invalid_client') {
    return diagnose('TOKEN_ENDPOINT_ERROR', evidence, {
      cause: `The token endpoint answered ${clip(posted.error, 100)}${posted.description ? `: "${clip(posted.description)}"` : ''}`,
    });
  }
  const probe = await probeBasicAuth(input);
  if (probe.kind === 'cancelled') return diagnose('LOGIN_CANCELLED');
  const withProbe = { ...evidence, basicProbe: probe.kind, basicProbeError: probe.kind === 'answered' ? probe.error : undefined };
  if (probe.kind === 'authenticated') return diagnose('CLIENT_EXPECTS_BASIC', withProbe);
  const probeDescription = probe.kind === 'rejected' || probe.kind === 'answered' ? probe.description : '';
  const code = invalidClientCode(posted.description, probeDescription, profile);
  return diagnoseFor(profile, code, withProbe);
}

/**
 * invalid_client after the probe: the profile's sentences decide (Okta's: a
 * wrong Client ID, a wrong secret, or its generic "Client authentication
 * failed"); otherwise post and Basic both refused the same pair, and the
 * Client ID worked at authorize time: the secret is wrong.
 */
export function invalidClientCode(postedDescription: string, probeDescription = '', profile: IdpProfile = idpProfile(undefined)): DiagnosisCode {
  const own = profile.errors.token?.({ status: 401, error: 'invalid_client', description: postedDescription }, probeDescription)?.code;
  return own && isDiagnosisCode(own) ? own : 'INVALID_CLIENT_SECRET';
}

export type BasicProbe =
  | { kind: 'authenticated' }
  | { kind: 'rejected'; description: string }
  | { kind: 'answered'; error: string; description: string }
  | { kind: 'failed'; detail: string }
  | { kind: 'cancelled' };

type ProbeInput = Pick<ExchangeInput, 'metadata' | 'clientId' | 'secret' | 'callbackUrl' | 'timeoutMs' | 'signal' | 'fetch'>;

/**
 * One token request with HTTP Basic and a dummy code: does this client
 * authenticate with Basic? RFC 6749 form-encodes the credentials first; some
 * servers do not decode them, so a refusal of encoded credentials that differ
 * from the raw ones is retried once with the raw ones.
 */
export async function probeBasicAuth(input: ProbeInput): Promise<BasicProbe> {
  const encoded = `${formUrlEncode(input.clientId)}:${formUrlEncode(input.secret)}`;
  const first = await probeOnce(input, encoded);
  const raw = `${input.clientId}:${input.secret}`;
  if (first.kind === 'rejected' && raw !== encoded) {
    const second = await probeOnce(input, raw);
    if (second.kind === 'authenticated' || second.kind === 'cancelled') return second;
  }
  return first;
}

async function probeOnce(input: ProbeInput, credentials: string): Promise<BasicProbe> {
  const redirectUri = `${input.callbackUrl.origin}${input.callbackUrl.pathname}`;
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code: `sso-assistant-probe-${client.randomState()}`,
    redirect_uri: redirectUri,
    code_verifier: client.randomPKCECodeVerifier(),
  });
  let res;
  try {
    res = await boundedFetch(input.metadata.token_endpoint, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(credentials).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
        accept: 'application/json',
      },
      body,
      timeoutMs: input.timeoutMs,
      signal: input.signal,
      fetch: input.fetch,
      maxBytes: 64 * 1024,
    });
  } catch (err) {
    if (err instanceof NetworkFailure && err.kind === 'cancelled') return { kind: 'cancelled' };
    return { kind: 'failed', detail: err instanceof NetworkFailure ? err.kind : 'error' };
  }
  let error = '';
  let description = '';
  try {
    const json = JSON.parse(res.text) as { error?: unknown; error_description?: unknown };
    if (typeof json.error === 'string') error = json.error;
    if (typeof json.error_description === 'string') description = json.error_description;
  } catch {
    // Not JSON: fall through to the status.
  }
  if (res.status === 401 && !error) error = 'invalid_client';
  if (error === 'invalid_client') return { kind: 'rejected', description };
  // The server got past client authentication and judged the (dummy) grant.
  if (error === 'invalid_grant' || error === 'unauthorized_client' || res.status === 200) return { kind: 'authenticated' };
  return { kind: 'answered', error: clip(error || `HTTP ${res.status}`, 100), description };
}

/** RFC 6749 §2.3.1: client_id and secret are form-urlencoded before Basic encoding. */
function formUrlEncode(value: string): string {
  return encodeURIComponent(value)
    .replace(/[-_.!~*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}
