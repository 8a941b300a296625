/**
 * Questions the login window asks the admin through the app's own window: a
 * user name and password for a site or a proxy (HTTP authentication), or
 * which client certificate to send. The question carries no secret; the
 * answer may (a password), goes one way, to the main side, and is never sent
 * back, stored or logged.
 */
import { z } from 'zod';
import { IsoDateString as isoDate, UuidString as id, boundedText } from './primitives';

/** A site (HTTP 401) or a proxy (HTTP 407) asks for a user name and password. */
export const CredentialsPrompt = z.object({
  id,
  kind: z.literal('credentials'),
  host: boundedText(255),
  port: z.number().int().min(0).max(65535),
  /** The server's own name for what is protected (may be empty). */
  realm: boundedText(300),
  /** basic, digest, ntlm, negotiate, ... */
  scheme: boundedText(40),
  isProxy: z.boolean(),
  /** The server refused what was given for this request before. */
  retry: z.boolean(),
  /** Unanswered after this long, the question is withdrawn and the login goes on without an answer. */
  expiresInMs: z.number().int().positive(),
});
export type CredentialsPrompt = z.infer<typeof CredentialsPrompt>;

/** One certificate the operating system offers for the site, by what the admin can recognise it. */
export const CertificateOption = z.object({
  subjectName: boundedText(500),
  issuerName: boundedText(500),
  /** When it stops being valid (null: the system did not say). */
  expiresAt: isoDate.nullable(),
  /** Identifies the certificate in the answer. */
  fingerprint: z.string().min(1).max(200),
});
export type CertificateOption = z.infer<typeof CertificateOption>;

/** A site asks for a client certificate (TLS client authentication). */
export const CertificatePrompt = z.object({
  id,
  kind: z.literal('certificate'),
  /** host:port, as the TLS layer names it. */
  host: boundedText(300),
  certificates: z.array(CertificateOption).min(1).max(100),
  expiresInMs: z.number().int().positive(),
});
export type CertificatePrompt = z.infer<typeof CertificatePrompt>;

export const LoginPrompt = z.discriminatedUnion('kind', [CredentialsPrompt, CertificatePrompt]);
export type LoginPrompt = z.infer<typeof LoginPrompt>;

/** The admin's answer: credentials, a certificate, or "send nothing" (Cancel / Send no certificate). */
export const LoginPromptAnswer = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('credentials'),
      username: z.string().min(1, 'Enter the user name').max(256),
      password: z.string().max(1024),
    })
    .strict(),
  z.object({ kind: z.literal('certificate'), fingerprint: z.string().min(1).max(200) }).strict(),
  z.object({ kind: z.literal('none') }).strict(),
]);
export type LoginPromptAnswer = z.infer<typeof LoginPromptAnswer>;

/** Why a question left the screen: answered (here or in another window), unanswered in time, or the login it belonged to ended. */
export const LoginPromptClosed = z.object({ id, reason: z.enum(['answered', 'timed-out', 'withdrawn']) });
export type LoginPromptClosed = z.infer<typeof LoginPromptClosed>;
