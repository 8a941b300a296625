import type { StepPictureMap } from './pictures';

/** What a profile's renderer folder says without JSX: its step 1 title and its step → pictures map. */
export interface IdpText {
  /** Step 1's title (steps 2 to 4 are the same for every IdP). */
  createAppTitle: string;
  /** Step 1's title for a SAML configuration. */
  samlCreateAppTitle: string;
  pictures: StepPictureMap;
}
