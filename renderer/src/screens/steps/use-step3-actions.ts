/**
 * Step 3's Save and Test login, the same for OIDC and SAML: both validate first (and move focus to the first
 * field in error), Save saves step 3's fields, Test login saves and runs the protocol's test; Ctrl/Cmd+Enter
 * takes the button's path, and does nothing while a test or a save runs.
 */
import { useState } from 'react';
import { STEP3_FIELDS, useApp } from '../../state/store';
import { useShortcuts } from '../../state/use-shortcuts';

export function useStep3Actions({ valid, focusFirstInvalid, savedText }: { valid: boolean; focusFirstInvalid: () => void; savedText: () => string }) {
  const saveDraft = useApp((s) => s.saveDraft);
  const saving = useApp((s) => s.saving);
  const testLogin = useApp((s) => s.testLogin);
  const notify = useApp((s) => s.notify);
  const running = useApp((s) => s.testRun?.running === true && s.testRun.configId === s.config?.id);
  const [submitted, setSubmitted] = useState(false);

  /** Marks the form submitted (errors show everywhere); false, with focus on the first error, when invalid. */
  const checked = () => {
    setSubmitted(true);
    if (!valid) focusFirstInvalid();
    return valid;
  };
  const save = async () => {
    if (checked() && (await saveDraft(STEP3_FIELDS))) notify(savedText());
  };
  const test = async () => {
    if (checked()) await testLogin();
  };

  useShortcuts({
    testLogin: () => {
      if (running || saving) return false;
      void test();
    },
  });

  return { save, test, submitted, saving, running };
}
