/**
 * The renderer's own diagnoses (renderer/src/api.ts): built from the bridge's codes, since the first screen does
 * not load the catalogue, and the same words the catalogue has for them.
 */
import { describe, expect, it } from 'vitest';
import { call, toDiagnosis } from '../../renderer/src/api';
import { catalogue } from '../../common/diagnoses/catalogue';
import { DiagnosisError } from '../../common/diagnosis-error';

describe('the renderer’s own diagnoses', () => {
  it('anything thrown becomes INTERNAL_ERROR with its message, the catalogue’s title', () => {
    const d = toDiagnosis(new Error('boom'));
    expect(d).toMatchObject({ code: 'INTERNAL_ERROR', title: catalogue.INTERNAL_ERROR.title, evidence: { message: 'boom' } });
    expect(d.fix.length).toBeGreaterThan(0);
  });

  it('a DiagnosisError keeps exactly what the main side said', () => {
    const said = { code: 'CONFIG_NOT_FOUND', title: 't', cause: 'c', fix: ['f'], evidence: {} };
    expect(toDiagnosis(new DiagnosisError(said))).toBe(said);
  });

  it('without a bridge a call fails with a diagnosis that says the window is not connected', async () => {
    const err = await call('getAppInfo', {} as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiagnosisError);
    expect((err as DiagnosisError).diagnosis).toMatchObject({ code: 'INTERNAL_ERROR', title: 'The window is not connected to the app' });
  });
});
