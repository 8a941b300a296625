import { describe, expect, it } from 'vitest';
import { onlyConfigurations } from '../../renderer/src/import-conflicts';

describe('import conflicts', () => {
  it('narrows the file to the conflicting configurations, keeping its header', () => {
    const json = JSON.stringify({
      format: 'sso-setup-assistant/configs',
      schemaVersion: 1,
      configurations: [{ id: 'a', name: 'new' }, { id: 'b', name: 'conflict' }, { name: 'no id' }],
    });
    const narrowed = JSON.parse(onlyConfigurations(json, ['b']));
    expect(narrowed).toEqual({ format: 'sso-setup-assistant/configs', schemaVersion: 1, configurations: [{ id: 'b', name: 'conflict' }] });
  });
});
