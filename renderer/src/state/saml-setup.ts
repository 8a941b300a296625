/**
 * Step 3 of a SAML configuration: reading the IdP's metadata (a URL, or a file's text) into the draft, and
 * reading the pasted certificate for what it says (who it names, its SHA-256, its dates). Both come from the
 * main side; nothing is saved until the admin saves or tests.
 */
import type { Diagnosis, SamlCertificateInfo, SamlMetadataRead } from '../../../common/contract';
import { request } from './request';
import type { Slice } from './store';

export type SamlMetadataSource = { url: string } | { xml: string; fileName: string };

export interface SamlMetadataState {
  running: boolean;
  /** "the metadata URL" or the file's name, for the sentence that says where the values came from. */
  from: string;
  read?: SamlMetadataRead;
  error?: Diagnosis;
}

export interface SamlCertificateState {
  /** The PEM this reading is of: a reading of another text is stale. */
  pem: string;
  running: boolean;
  info?: SamlCertificateInfo;
  error?: Diagnosis;
}

export interface SamlSetupSlice {
  samlMetadata?: SamlMetadataState;
  samlCertificate?: SamlCertificateState;
  /** Reads the metadata and, when it reads, fills the draft's SSO URL, Issuer and certificate (and the URL read). */
  readSamlMetadata(source: SamlMetadataSource): Promise<void>;
  /** Reads what the certificate says; a newer call wins over an older one still running. */
  readSamlCertificate(pem: string): Promise<void>;
  clearSamlSetup(): void;
}

export const samlSetupSlice: Slice<SamlSetupSlice> = (set, get) => ({
  async readSamlMetadata(source) {
    const configId = get().config?.id;
    const from = 'url' in source ? 'the metadata URL' : source.fileName;
    set({ samlMetadata: { running: true, from } });
    const read = await request('readSamlMetadata', 'url' in source ? { url: source.url } : { xml: source.xml });
    // The admin moved to another configuration meanwhile: its draft is not this one's.
    if (get().config?.id !== configId) return;
    if (!read.ok) return set({ samlMetadata: { running: false, from, error: read.error } });
    const { ssoUrl, entityId, certificate } = read.value;
    const { draft } = get();
    get().setDraft({
      saml: { ...draft.saml, ssoUrl, idpEntityId: entityId, certificate: certificate.pem, metadataUrl: 'url' in source ? source.url : '' },
    });
    set({
      samlMetadata: { running: false, from, read: read.value },
      samlCertificate: { pem: certificate.pem.trim(), running: false, info: withoutPem(certificate) },
    });
  },

  async readSamlCertificate(pem) {
    const text = pem.trim();
    if (get().samlCertificate?.pem === text) return;
    if (text === '') return set({ samlCertificate: undefined });
    set({ samlCertificate: { pem: text, running: true } });
    const read = await request('readSamlCertificate', { pem: text });
    if (get().samlCertificate?.pem !== text) return;
    set({ samlCertificate: read.ok ? { pem: text, running: false, info: read.value } : { pem: text, running: false, error: read.error } });
  },

  clearSamlSetup() {
    set({ samlMetadata: undefined, samlCertificate: undefined });
  },
});

function withoutPem({ pem: _pem, ...info }: SamlMetadataRead['certificate']): SamlCertificateInfo {
  return info;
}
