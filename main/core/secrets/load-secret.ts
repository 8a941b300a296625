/**
 * Reads a configuration's client secret from the vault, telling apart the
 * three ways it can be absent: never saved (SECRET_NOT_SET), saved but the
 * keychain is locked (KEYCHAIN_LOCKED), saved but gone (SECRET_MISSING).
 * Locked/unavailable/timeout errors from the vault itself pass through.
 */
import type { Configuration } from '../../../common/contract';
import { diagnosisError } from '../../../common/diagnosis';
import type { SecretVault } from '../ports';

export async function loadSecret(vault: SecretVault, config: Pick<Configuration, 'id' | 'hasSecret'>): Promise<string> {
  // Never saved: do not touch the keychain (no unlock prompt for nothing).
  if (!config.hasSecret) throw diagnosisError('SECRET_NOT_SET', { configId: config.id });
  const secret = await vault.get(config.id);
  if (secret !== null && secret !== '') return secret;
  // The store says one was saved: never read null as "no secret" before ruling out a locked keychain.
  const health = await vault.probe();
  if (!health.ok) throw diagnosisError(health.code, { configId: config.id, keychain: health.detail });
  throw diagnosisError('SECRET_MISSING', { configId: config.id });
}
