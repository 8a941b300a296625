/**
 * The issuer check: normalise the pasted Issuer URL, fetch discovery and JWKS
 * (each call bounded by a timeout and the caller's AbortSignal), and judge
 * them the way the Hub will use them. Each check is pass / warn / fail /
 * skipped, with a diagnosis when it is not a pass.
 */
import type { Diagnosis, IssuerCheckItem, IssuerCheckResult } from '../../../common/contract';
import { diagnose } from '../../../common/diagnosis';
import { diagnoseClassified, diagnoseFor } from '../../../common/idp/diagnose';
import { idpProfile, idpProfiles } from '../../../common/idp/profiles';
import type { Clock } from '../ports';
import { systemClock } from '../ports';
import { fetchDiscovery, fetchJwks, type DiscoveryOutcome, type JwksOutcome } from './discovery';
import { NetworkFailure, type FetchLike } from './http';
import { networkFailureDiagnosis } from './network-diagnosis';
import type { IssuerCache, IssuerCacheEntry, IssuerMetadata } from './issuer-cache';
import { normalizeIssuerUrl } from '../../../common/rules/issuer-url';

export interface CheckIssuerOptions {
  clientId?: string;
  /** The configuration's IdP profile (common/idp): its issuer rules and wording (Okta when absent). */
  idpKind?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** The shell's fetch port (never Node's global fetch). */
  fetch: FetchLike;
  /** Where a successful discovery + JWKS is stored for the test login. */
  cache?: IssuerCache;
  clock?: Clock;
}

export interface IssuerCheckRun {
  result: IssuerCheckResult;
  /** Present when discovery, issuer and JWKS are all usable (what a test login needs). */
  entry?: IssuerCacheEntry;
  /** The first failing check among those a login cannot do without. */
  fatal?: Diagnosis;
}

export const DEFAULT_NETWORK_TIMEOUT_MS = 10_000;

const LABELS = {
  url: 'Issuer URL',
  reachable: 'Issuer reachable',
  discovery: 'Discovery document',
  issuer: 'Issuer matches exactly',
  jwks: 'Signing keys (JWKS)',
  'response-type': 'Authorization code flow',
  'token-auth': 'Client secret in request body (client_secret_post)',
  pkce: 'PKCE (S256)',
  scopes: 'Scopes openid and email',
} as const;
type CheckId = keyof typeof LABELS;
/** Without these a login cannot even start or be verified. */
const FATAL: ReadonlySet<CheckId> = new Set(['url', 'reachable', 'discovery', 'issuer', 'jwks']);

export async function checkIssuer(issuerUrl: string, options: CheckIssuerOptions): Promise<IssuerCheckResult> {
  return (await runIssuerCheck(issuerUrl, options)).result;
}

/** Like `checkIssuer`, also returning what a test login needs. Throws NetworkFailure('cancelled') when the signal fires. */
export async function runIssuerCheck(issuerUrl: string, options: CheckIssuerOptions): Promise<IssuerCheckRun> {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const timeoutMs = options.timeoutMs ?? DEFAULT_NETWORK_TIMEOUT_MS;
  const checks = new Map<CheckId, IssuerCheckItem>();
  const put = (id: CheckId, status: IssuerCheckItem['status'], detail: string, diagnosis?: Diagnosis) =>
    void checks.set(id, { id, label: LABELS[id], status, detail, ...(diagnosis ? { diagnosis } : {}) });
  const finish = (normalizedIssuer: string, entry?: IssuerCacheEntry): IssuerCheckRun => {
    for (const id of Object.keys(LABELS) as CheckId[]) {
      if (!checks.has(id)) put(id, 'skipped', 'Not checked: an earlier check failed.');
    }
    const list = (Object.keys(LABELS) as CheckId[]).map((id) => checks.get(id)!);
    const fatalItem = list.find((c) => c.status === 'fail' && FATAL.has(c.id as CheckId));
    const ok = list.every((c) => c.status === 'pass' || c.status === 'warn');
    return {
      result: { normalizedIssuer, ok, checks: list, durationMs: clock.now() - started },
      ...(entry && !fatalItem ? { entry } : {}),
      ...(fatalItem?.diagnosis ? { fatal: fatalItem.diagnosis } : {}),
    };
  };

  const profile = idpProfile(options.idpKind);
  const norm = normalizeIssuerUrl(issuerUrl, options.idpKind);
  if (!norm.ok) {
    put('url', 'fail', norm.diagnosis.title, norm.diagnosis);
    return finish(norm.diagnosis.evidence.suggestedIssuer ?? issuerUrl.trim());
  }
  put('url', 'pass', norm.changes.length ? `${norm.issuer} (${norm.changes.join('; ')})` : norm.issuer);
  const net = { timeoutMs, signal: options.signal, fetch: options.fetch };

  const discovery = await fetchDiscovery(norm.discoveryUrl, { ...net, clientId: options.clientId, allowHttp: norm.insecureLoopback });
  throwIfCancelled(discovery);
  if (discovery.kind === 'network') {
    put('reachable', 'fail', discovery.failure.detail, networkDiagnosis(discovery.failure, discovery.url, timeoutMs));
    return finish(norm.issuer);
  }
  put('reachable', 'pass', `Answered HTTP ${discovery.kind === 'http' ? discovery.status : discovery.kind === 'invalid' ? discovery.status : 200}`);
  if (discovery.kind === 'http') {
    const notFound = discovery.status === 404 || discovery.status === 410;
    const evidence = { url: discovery.url, status: discovery.status, retriedWithClientId: discovery.retriedWithClientId || undefined };
    const at = new URL(discovery.url);
    put(
      'discovery',
      'fail',
      `HTTP ${discovery.status} at ${discovery.url}`,
      notFound
        ? diagnoseFor(profile, 'ISSUER_NOT_FOUND', evidence)
        : diagnose('DISCOVERY_INVALID', { ...evidence, layer: 'HTTP status', host: at.hostname }, { cause: `HTTP status: ${at.host} answered HTTP ${discovery.status} instead of its discovery document.` }),
    );
    return finish(norm.issuer);
  }
  if (discovery.kind === 'invalid') {
    put('discovery', 'fail', discovery.reason, diagnose('DISCOVERY_INVALID', { url: discovery.url, reason: discovery.reason }));
    return finish(norm.issuer);
  }
  const metadata = discovery.metadata;
  // Start on the keys at once; the other checks only read the document.
  const jwksPromise = fetchJwks(metadata.jwks_uri, stringArray(metadata.id_token_signing_alg_values_supported), net);
  put('discovery', 'pass', discovery.retriedWithClientId ? `Found at ${discovery.url}` : 'Valid');

  let normalizedIssuer = norm.issuer;
  if (metadata.issuer === norm.issuer || (norm.hadTrailingSlash && metadata.issuer === `${norm.issuer}/`)) {
    normalizedIssuer = metadata.issuer;
    put('issuer', 'pass', metadata.issuer);
  } else {
    const onlySlash = metadata.issuer === `${norm.issuer}/` || `${metadata.issuer}/` === norm.issuer;
    put('issuer', 'fail', `Discovery says "${metadata.issuer}"`, issuerMismatch(metadata.issuer, norm.issuer, onlySlash, options.idpKind));
  }

  judgeCapabilities(metadata, put);

  const jwks = await jwksPromise;
  throwIfCancelled(jwks);
  const jwksVerdict = judgeJwks(jwks, metadata.jwks_uri, timeoutMs);
  put('jwks', jwksVerdict.status, jwksVerdict.detail, jwksVerdict.diagnosis);

  const run = finish(normalizedIssuer, jwks.kind === 'ok' ? { metadata, jwks: jwks.jwks, discoveryUrl: discovery.url, fetchedAt: clock.now() } : undefined);
  if (run.entry) options.cache?.set(normalizedIssuer, run.entry);
  return run;
}

/**
 * Discovery names another issuer. A profile may know why it never can match
 * (Entra's `{tenantid}` placeholder, its v1.0 issuer): the selected profile's
 * rule first, then the others' (each fires only for its own shapes).
 */
function issuerMismatch(discovered: string, entered: string, onlySlash: boolean, idpKind: string | undefined): Diagnosis {
  const selected = idpProfile(idpKind);
  for (const profile of [selected, ...idpProfiles.filter((p) => p !== selected)]) {
    const own = profile.issuer.discoveryProblem?.(discovered, entered);
    if (own) return diagnoseClassified(profile, own, { entered });
  }
  return diagnoseFor(selected, 'ISSUER_MISMATCH', { entered, issuer: discovered, onlyTrailingSlashDiffers: onlySlash || undefined });
}

function judgeCapabilities(metadata: IssuerMetadata, put: (id: CheckId, s: IssuerCheckItem['status'], d: string, dg?: Diagnosis) => void) {
  const responseTypes = stringArray(metadata.response_types_supported);
  if (!responseTypes) put('response-type', 'warn', 'response_types_supported is not advertised', diagnose('RESPONSE_TYPE_CODE_UNSUPPORTED', { advertised: '(none)' }, { title: 'The "code" response type is not advertised' }));
  else if (responseTypes.includes('code')) put('response-type', 'pass', 'code');
  else put('response-type', 'fail', `Advertised: ${responseTypes.join(', ')}`, diagnose('RESPONSE_TYPE_CODE_UNSUPPORTED', { advertised: responseTypes.join(', ') }));

  // OpenID Connect Discovery: when absent, the default is client_secret_basic only.
  const authMethods = stringArray(metadata.token_endpoint_auth_methods_supported);
  if (!authMethods) {
    put('token-auth', 'warn', 'Not advertised (the default is client_secret_basic only)', diagnose('CLIENT_SECRET_POST_UNSUPPORTED', { advertised: '(none: defaults to client_secret_basic)' }));
  } else if (authMethods.includes('client_secret_post')) {
    put('token-auth', 'pass', authMethods.join(', '));
  } else {
    put('token-auth', 'fail', `Advertised: ${authMethods.join(', ')}`, diagnose('CLIENT_SECRET_POST_UNSUPPORTED', { advertised: authMethods.join(', ') }));
  }

  const pkce = stringArray(metadata.code_challenge_methods_supported);
  if (pkce?.includes('S256')) put('pkce', 'pass', pkce.join(', '));
  else put('pkce', 'warn', pkce ? `Advertised: ${pkce.join(', ')}` : 'Not advertised', diagnose('PKCE_S256_UNSUPPORTED', { advertised: pkce?.join(', ') ?? '(none)' }));

  const scopes = stringArray(metadata.scopes_supported);
  const missing = ['openid', 'email'].filter((s) => !scopes?.includes(s));
  if (!scopes) put('scopes', 'warn', 'scopes_supported is not advertised', diagnose('SCOPES_MISSING', { advertised: '(none)' }, { title: 'Scopes not advertised' }));
  else if (missing.length === 0) put('scopes', 'pass', scopes.filter((s) => ['openid', 'email', 'profile', 'groups'].includes(s)).join(', '));
  else put('scopes', 'fail', `Missing: ${missing.join(', ')}`, diagnose('SCOPES_MISSING', { missing: missing.join(', '), advertised: scopes.join(', ').slice(0, 500) }));
}

function judgeJwks(jwks: JwksOutcome, jwksUri: string, timeoutMs: number): { status: IssuerCheckItem['status']; detail: string; diagnosis?: Diagnosis } {
  switch (jwks.kind) {
    case 'ok':
      return jwks.usable > 0
        ? { status: 'pass', detail: `${jwks.usable} usable signing key${jwks.usable === 1 ? '' : 's'}` }
        : { status: 'fail', detail: `No usable signing key among ${jwks.total}`, diagnosis: diagnose('JWKS_UNUSABLE', { jwks_uri: jwksUri, keys: jwks.total, usable: 0 }) };
    case 'network': {
      const net = networkDiagnosis(jwks.failure, jwksUri, timeoutMs);
      return {
        status: 'fail',
        detail: jwks.failure.detail,
        diagnosis: diagnose('JWKS_UNUSABLE', { jwks_uri: jwksUri, failure: net.code, layer: net.evidence.layer, host: net.evidence.host, detail: jwks.failure.detail }, { cause: `The JWKS could not be fetched. ${net.cause}` }),
      };
    }
    case 'http':
      return { status: 'fail', detail: `HTTP ${jwks.status}`, diagnosis: diagnose('JWKS_UNUSABLE', { jwks_uri: jwksUri, status: jwks.status }) };
    case 'invalid':
      return { status: 'fail', detail: jwks.reason, diagnosis: diagnose('JWKS_UNUSABLE', { jwks_uri: jwksUri, reason: jwks.reason }) };
  }
}

/** DNS, connect, TLS, proxy and timeout each have their own code: the fixes differ. */
export function networkDiagnosis(failure: NetworkFailure, url: string, timeoutMs: number): Diagnosis {
  return networkFailureDiagnosis(failure, url, timeoutMs, 'issuer');
}

function throwIfCancelled(outcome: DiscoveryOutcome | JwksOutcome) {
  if (outcome.kind === 'network' && outcome.failure.kind === 'cancelled') throw outcome.failure;
}

function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}
