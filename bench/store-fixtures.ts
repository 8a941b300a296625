/**
 * Fills a data folder with N configurations, each with a full history (100
 * records), written directly as files in the store's format (configs/<id>.json
 * = ConfigFile, history/<id>.json = HistoryFile, see main/core/store/). Going
 * through the store's API would cost 100 locked read-rewrite cycles per
 * configuration (about a million for 10,000); writing the files is far faster.
 * Every generated file is the exact shape the store's own schemas accept
 * (checked once by `verifyFixtureFormat`).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EMPTY_SAML_SETTINGS, type Configuration, type HistoryRecord } from '../common/contract';
import { ConfigFile, CURRENT_SCHEMA_VERSION, HISTORY_LIMIT, HistoryFile } from '../main/core/store/stored-files';

const BASE = Date.parse('2026-01-01T00:00:00Z');
const STAGES = ['discovery', 'window-opened', 'redirect-caught', 'exchanging-code', 'validating-token', 'done'] as const;

function iso(offsetMs: number): string {
  return new Date(BASE + offsetMs).toISOString();
}

export function fixtureConfiguration(n: number): Configuration {
  const org = `acme-${n}`;
  return {
    id: randomUUID(),
    name: `Acme division ${n}`,
    orgId: org,
    clientId: `0oa${String(n).padStart(17, '0')}`,
    issuerUrl: `https://${org}.okta.com/oauth2/default`,
    idpKind: 'okta',
    requestGroups: true,
    roleMapping: {
      attributePath: 'groups',
      rules: [
        { idpValue: 'hf-admins', role: 'admin' },
        { idpValue: 'hf-writers', role: 'write' },
        { idpValue: 'Everyone', role: 'read' },
      ],
      resourceGroupRules: [{ idpValue: 'ml-team', resourceGroup: 'research', role: 'write' }],
    },
    protocol: 'oidc',
    saml: { ...EMPTY_SAML_SETTINGS },
    revision: 3,
    hasSecret: true,
    secretRevision: 1,
    verdict: {},
    progress: { done: { createApp: true, configureApp: true, credentials: true, enableSso: false }, currentStep: 'enableSso' },
    createdAt: iso(n * 60_000),
    updatedAt: iso(n * 60_000 + 30_000),
    lastTest: { at: iso(n * 60_000 + 29_000), kind: 'test-login', outcome: 'success' },
  };
}

/** A realistic record: a successful test with its claims, or a failure with its code. */
export function fixtureRecord(configId: string, k: number, atMs: number): HistoryRecord {
  const ok = k % 4 !== 3;
  const record: HistoryRecord = {
    id: randomUUID(),
    configId,
    at: iso(atMs),
    kind: k % 10 === 9 ? 'issuer-check' : 'test-login',
    outcome: ok ? 'success' : 'failure',
    stages: STAGES.map((stage, s) => ({ stage, ms: 40 + s * 110 + (k % 7) })),
    appVersion: '0.1.0',
  };
  if (ok) {
    record.claims = {
      sub: `00u${String(k).padStart(17, '0')}`,
      email: 'alice@acme.example',
      email_verified: true,
      name: 'Alice Admin',
      preferred_username: 'alice@acme.example',
      groups: ['Everyone', 'hf-admins', 'ml-team'],
      other: { locale: 'en-US', zoneinfo: 'America/Los_Angeles' },
    };
  } else {
    record.code = 'TOKEN_INVALID_CLIENT';
    record.title = 'The client secret was refused by Okta';
  }
  return record;
}

export function writeFixtureConfig(dataDir: string, n: number): string {
  const configuration = fixtureConfiguration(n);
  const configFile: ConfigFile = { schemaVersion: CURRENT_SCHEMA_VERSION, configuration, credentialsRevision: 3 };
  const records: HistoryRecord[] = [];
  const newest = n * 60_000 + 29_000;
  for (let k = 0; k < HISTORY_LIMIT; k++) records.push(fixtureRecord(configuration.id, k, newest - k * 1000));
  const historyFile: HistoryFile = { schemaVersion: CURRENT_SCHEMA_VERSION, configId: configuration.id, records };
  fs.writeFileSync(path.join(dataDir, 'configs', `${configuration.id}.json`), JSON.stringify(configFile));
  fs.writeFileSync(path.join(dataDir, 'history', `${configuration.id}.json`), JSON.stringify(historyFile));
  return configuration.id;
}

/** Adds configurations until the folder holds `total`; returns every id. */
export function growFixture(dataDir: string, ids: string[], total: number): string[] {
  fs.mkdirSync(path.join(dataDir, 'configs'), { recursive: true, mode: 0o700 });
  fs.mkdirSync(path.join(dataDir, 'history'), { recursive: true, mode: 0o700 });
  for (let n = ids.length; n < total; n++) ids.push(writeFixtureConfig(dataDir, n));
  return ids;
}

/** Throws unless a generated pair of files passes the store's own schemas. */
export function verifyFixtureFormat(dataDir: string, id: string): void {
  const config = JSON.parse(fs.readFileSync(path.join(dataDir, 'configs', `${id}.json`), 'utf8'));
  const history = JSON.parse(fs.readFileSync(path.join(dataDir, 'history', `${id}.json`), 'utf8'));
  ConfigFile.parse(config);
  const h = HistoryFile.parse(history);
  if (h.records.length !== HISTORY_LIMIT) throw new Error(`expected a full history (${HISTORY_LIMIT}), found ${h.records.length}`);
}
