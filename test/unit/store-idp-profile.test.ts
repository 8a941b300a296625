/**
 * A configuration records its IdP profile and its secret's expiry: saved,
 * listed (the home card reads the list), exported and imported, and cleared;
 * a file written before profiles existed ("generic") still opens, as Okta.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idpProfile } from '../../common/idp/profiles';
import { parseExportFile, toExportFile } from '../../main/core/store/export-format';
import { ConfigFieldsPatch } from '../../common/schemas/config-schemas';
import { openStore, tempDataDir } from './store-helpers';

describe('the IdP profile and the secret expiry in the store', () => {
  it('new configurations are Okta; an Entra one keeps its profile and expiry through save, list and export', async () => {
    const store = openStore(await tempDataDir());
    expect((await store.create({ name: 'default' })).idpKind).toBe('okta');
    const entra = await store.create({ name: 'Contoso', idpKind: 'entra', secretExpiresOn: '2027-06-01' });
    const again = await store.get(entra.id);
    expect(again).toMatchObject({ idpKind: 'entra', secretExpiresOn: '2027-06-01' });
    expect((await store.list()).find((s) => s.id === entra.id)).toMatchObject({ idpKind: 'entra', secretExpiresOn: '2027-06-01' });

    const [imported] = parseExportFile(toExportFile([again], '2026-12-01T00:00:00.000Z', '1.0.0'));
    expect(imported?.fields).toMatchObject({ idpKind: 'entra', secretExpiresOn: '2027-06-01' });

    const cleared = await store.update(entra.id, { secretExpiresOn: '' });
    expect(cleared.secretExpiresOn).toBe('');
    expect((await store.list()).find((s) => s.id === entra.id)?.secretExpiresOn).toBeUndefined();
  });

  it('an edit (validated on the main side with this schema) refuses an unknown profile and a date that is not a day', () => {
    expect(ConfigFieldsPatch.safeParse({ idpKind: 'google' }).success).toBe(true);
    expect(ConfigFieldsPatch.safeParse({ idpKind: 'azure' }).success).toBe(false);
    expect(ConfigFieldsPatch.safeParse({ secretExpiresOn: '2027-06-01' }).success).toBe(true);
    expect(ConfigFieldsPatch.safeParse({ secretExpiresOn: '01/06/2027' }).success).toBe(false);
    // An edit of the expiry alone leaves the other fields alone.
    expect(ConfigFieldsPatch.parse({ secretExpiresOn: '' })).toEqual({ secretExpiresOn: '' });
  });

  it('a file written with idpKind "generic" still opens, and is treated as Okta', async () => {
    const dir = await tempDataDir();
    const store = openStore(dir);
    const c = await store.create({ name: 'old' });
    const file = (await fs.readdir(path.join(dir, 'configs'))).find((f) => f.startsWith(c.id))!;
    const full = path.join(dir, 'configs', file);
    const json = JSON.parse(await fs.readFile(full, 'utf8'));
    (json.configuration ?? json).idpKind = 'generic';
    await fs.writeFile(full, JSON.stringify(json));
    const read = await openStore(dir).get(c.id);
    expect(read.idpKind).toBe('generic');
    expect(idpProfile(read.idpKind).displayName).toBe('Okta');
  });
});
