/**
 * The IdP's SAML metadata from the URL the admin pastes (Okta's "Metadata URL", Entra's "App Federation Metadata
 * Url"), read as readIdpMetadata reads a file. Through the HttpFetch port like every request (proxy, trust store),
 * bounded in time and size; https only, except loopback test IdPs, as for issuers.
 */
import type { HttpFetch } from '../ports';
import { diagnose } from '../../../common/diagnosis';
import { isLoopbackHost } from '../../../common/rules/issuer-url';
import { boundedFetch, NetworkFailure } from '../oidc/http';
import { networkFailureDiagnosis } from '../oidc/network-diagnosis';
import { redactUrl } from '../oidc/redact';
import { readIdpMetadata, type IdpMetadataRead } from './idp-metadata';

export interface MetadataFetchOptions {
  fetch: HttpFetch;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Federation files with many entities run to a few MB; one IdP's metadata is a few KB. */
const METADATA_MAX_BYTES = 4 * 1024 * 1024;

const invalid = (detail: string, url: string): IdpMetadataRead => ({ ok: false, diagnosis: diagnose('SAML_METADATA_INVALID', { detail, url }) });

export async function fetchIdpMetadata(pastedUrl: string, options: MetadataFetchOptions): Promise<IdpMetadataRead> {
  let url: URL;
  try {
    url = new URL(pastedUrl.trim());
  } catch {
    return invalid('the metadata URL is not a URL', '');
  }
  // Entra's metadata URL carries the app id in its query, never a secret; redacted anyway, as every URL in evidence.
  const shown = redactUrl(url.href);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    return invalid(`the metadata URL must start with https:// (got ${url.protocol})`, shown);
  }
  let res;
  try {
    res = await boundedFetch(url.href, {
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      ...(options.signal ? { signal: options.signal } : {}),
      maxBytes: METADATA_MAX_BYTES,
      headers: { accept: 'application/samlmetadata+xml, application/xml, text/xml;q=0.9, */*;q=0.1' },
    });
  } catch (err) {
    if (!(err instanceof NetworkFailure)) throw err;
    if (err.kind === 'too-large') return invalid(`the answer is larger than ${METADATA_MAX_BYTES / 1024 / 1024} MB: ${err.detail}`, shown);
    return { ok: false, diagnosis: networkFailureDiagnosis(err, shown, options.timeoutMs, 'metadata URL') };
  }
  if (res.status !== 200) return invalid(`the metadata URL answered HTTP ${res.status}, not the document`, shown);
  const read = readIdpMetadata(res.text);
  if (read.ok) return read;
  // Say where the document came from, beside what is wrong with it.
  return { ok: false, diagnosis: { ...read.diagnosis, evidence: { ...read.diagnosis.evidence, url: shown } } };
}
