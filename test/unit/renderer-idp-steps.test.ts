/**
 * The renderer side of the IdP profiles: step 1's title per profile (Okta's
 * unchanged, e2e tests locate it), and the step → pictures map naming
 * pictures not bundled yet without breaking a step.
 */
import { describe, expect, it } from 'vitest';
import { IDP_PROFILE_IDS } from '../../common/idp/profiles';
import { STEPS, stepTitle } from '../../renderer/src/steps';
import { shownPictureIds } from '../../renderer/src/idp/pictures';
import { idpText } from '../../renderer/src/idp/text';

describe('step titles per IdP profile', () => {
  it('step 1 names the IdP’s console; Okta keeps its titles exactly', () => {
    expect(stepTitle('createApp', 'okta')).toBe('Create the app in Okta');
    expect(stepTitle('createApp', 'entra')).toBe('Register the app in Microsoft Entra ID');
    expect(stepTitle('createApp', 'google')).toBe('Create the OAuth client in Google Cloud');
    expect(STEPS.map((s) => stepTitle(s.id, 'okta'))).toEqual(['Create the app in Okta', 'Configure the app', 'Credentials and test', 'Enable SSO on the Hub']);
  });

  it('steps 2 to 4 are the same for every IdP; unknown and pre-profile kinds read as Okta', () => {
    for (const kind of IDP_PROFILE_IDS) {
      expect(STEPS.slice(1).map((s) => stepTitle(s.id, kind))).toEqual(['Configure the app', 'Credentials and test', 'Enable SSO on the Hub']);
    }
    expect(stepTitle('createApp', 'generic')).toBe('Create the app in Okta');
    expect(stepTitle('createApp', undefined)).toBe('Create the app in Okta');
  });

  it('every profile has its renderer texts', () => {
    const titles = IDP_PROFILE_IDS.map((kind) => idpText(kind).createAppTitle);
    expect(new Set(titles).size).toBe(IDP_PROFILE_IDS.length);
  });
});

describe('step → pictures map', () => {
  const map = { 'createApp.open': ['drawn', 'not-drawn-yet', 'also-drawn'], 'credentials.issuer': ['not-drawn-yet'] };
  const bundled = { drawn: {}, 'also-drawn': {} };

  it('keeps the bundled pictures, in the map’s order', () => {
    expect(shownPictureIds(map, 'createApp.open', bundled)).toEqual(['drawn', 'also-drawn']);
  });

  it('shows no picture for an id not bundled yet, or a spot the map does not name', () => {
    expect(shownPictureIds(map, 'credentials.issuer', bundled)).toEqual([]);
    expect(shownPictureIds(map, 'enableSso.nothing', bundled)).toEqual([]);
  });

  it('is not fooled by names every object has', () => {
    expect(shownPictureIds({ s: ['toString', 'constructor'] }, 's', bundled)).toEqual([]);
  });

  it('every profile’s map names only pictures the bundle has now (its steps show every one)', async () => {
    const { illustrations } = await import('../../renderer/src/illustrations');
    for (const kind of IDP_PROFILE_IDS) {
      const map = idpText(kind).pictures;
      expect(Object.keys(map).length, kind).toBeGreaterThan(0);
      for (const slot of Object.keys(map)) expect(shownPictureIds(map, slot, illustrations), `${kind} ${slot}`).toEqual(map[slot]);
    }
  });
});
