/** The one error shape that crosses the bridge. */
import { z } from 'zod';

/** The one error shape. `code` is stable and shown to the user (people search for it). */
export const Diagnosis = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  title: z.string(),
  cause: z.string(),
  fix: z.array(z.string()),
  /** Redacted facts captured while failing (status, URL, IdP's own words). Never secrets or tokens. */
  evidence: z.record(z.string(), z.string()),
});
export type Diagnosis = z.infer<typeof Diagnosis>;


