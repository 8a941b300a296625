/**
 * The stages before the login window: a complete configuration, the issuer
 * (discovery and JWKS, from the cache or a fresh issuer check), and the
 * authorization request the Hub would send (PKCE S256, state, nonce).
 */
import * as client from 'openid-client';
import { diagnose } from '../../../../common/diagnosis';
import { hubConsumeUri } from '../../../../common/rules/hub-urls';
import { normalizeIssuerUrl } from '../../../../common/rules/issuer-url';
import { advertisedSigningAlgs } from '../discovery';
import type { IssuerCacheEntry } from '../issuer-cache';
import { runIssuerCheck } from '../issuer-check';
import type { LoginRun } from './login-run';
import { CANCELLED, failed, next, type StageOutcome } from './stage-outcome';
import { testScopes } from '../../../../common/rules/test-scopes';

export interface DiscoveredIssuer {
  entry: IssuerCacheEntry;
  /** http on a loopback issuer (tests, the sandbox IdP). */
  insecureLoopback: boolean;
  advertisedAlgs: string[] | undefined;
}

export interface AuthorizationRequest {
  url: string;
  redirectUri: string;
  codeVerifier: string;
  state: string;
  nonce: string;
}

/** The configuration and the secret: a test needs all four before anything goes out. */
export function requireCompleteConfig(run: LoginRun): StageOutcome<void> {
  const { config, secret } = run;
  const missing = [!config.orgId && 'orgId', !config.clientId && 'clientId', !config.issuerUrl && 'issuerUrl', !secret && 'secret'].filter(Boolean);
  return missing.length ? failed(diagnose('CONFIG_INCOMPLETE', { missing: missing.join(', ') })) : next(undefined);
}

/** Discovery and keys, cached per issuer: the issuer check's when it ran, else one now. */
export async function discoverIssuer(run: LoginRun): Promise<StageOutcome<DiscoveredIssuer>> {
  if (run.cancelled()) return CANCELLED;
  const { config, cache } = run;
  const norm = normalizeIssuerUrl(config.issuerUrl, config.idpKind);
  if (!norm.ok) return failed(norm.diagnosis);
  let entry = cache.get(norm.issuer) ?? (norm.hadTrailingSlash ? cache.get(`${norm.issuer}/`) : undefined);
  if (!entry) {
    const check = await runIssuerCheck(config.issuerUrl, {
      clientId: config.clientId,
      idpKind: config.idpKind,
      timeoutMs: run.networkMs,
      signal: run.signal,
      fetch: run.fetch,
      cache,
      clock: run.clock,
    });
    if (run.cancelled()) return CANCELLED;
    if (!check.entry) return failed(check.fatal ?? diagnose('DISCOVERY_INVALID', { issuer: norm.issuer }));
    entry = check.entry;
  }
  return next({ entry, insecureLoopback: norm.insecureLoopback, advertisedAlgs: advertisedSigningAlgs(entry.metadata) });
}

/** The authorization URL with fresh PKCE, state and nonce, for the Hub's consume URI. */
export async function buildAuthorizationRequest(run: LoginRun, issuer: DiscoveredIssuer): Promise<AuthorizationRequest> {
  const { config } = run;
  const redirectUri = hubConsumeUri(config.orgId);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  // Only Okta knows a "groups" scope; Entra and Google would refuse it.
  const scopes = testScopes(config.requestGroups && run.profile.roleMapping.groupsScope === true);
  const authConfig = new client.Configuration(issuer.entry.metadata as client.ServerMetadata, config.clientId);
  if (issuer.insecureLoopback) client.allowInsecureRequests(authConfig);
  const url = client.buildAuthorizationUrl(authConfig, {
    redirect_uri: redirectUri,
    scope: scopes.join(' '),
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, redirectUri, codeVerifier, state, nonce };
}
