/** The calls behind a SAML configuration's fields: read the IdP's metadata (URL or file), read a pasted certificate. */
import type { IdpCertificate } from '../saml';
import { fetchIdpMetadata, readIdpCertificate, readIdpMetadata } from '../saml';
import { DiagnosisError } from '../../../common/diagnosis';
import { DEFAULT_NETWORK_TIMEOUT_MS } from '../oidc/issuer-check';
import type { Handlers } from './dispatch';
import type { AppDeps } from './services';

type SamlCalls = 'readSamlMetadata' | 'readSamlCertificate';

/** What a certificate says, without the certificate itself (the metadata answer adds its PEM). */
const info = ({ pem: _pem, ...facts }: IdpCertificate) => facts;

export function createSamlHandlers(deps: Pick<AppDeps, 'fetch' | 'networkTimeoutMs'>): Pick<Handlers, SamlCalls> {
  return {
    readSamlMetadata: async (input) => {
      const read = 'url' in input ? await fetchIdpMetadata(input.url, { fetch: deps.fetch, timeoutMs: deps.networkTimeoutMs ?? DEFAULT_NETWORK_TIMEOUT_MS }) : readIdpMetadata(input.xml);
      if (!read.ok) throw new DiagnosisError(read.diagnosis);
      const [first, ...others] = read.metadata.signingCertificates;
      const { entityId, ssoUrl, ssoBinding } = read.metadata;
      return { entityId, ssoUrl, ssoBinding, certificate: first!, otherCertificates: others.length };
    },
    readSamlCertificate: async ({ pem }) => {
      const read = readIdpCertificate(pem);
      if (!read.ok) throw new DiagnosisError(read.diagnosis);
      return info(read.certificate);
    },
  };
}
