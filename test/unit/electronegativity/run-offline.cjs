/**
 * Runs Doyensec's Electronegativity on one folder, offline, and prints its
 * findings as JSON on stdout. A child process of its own, because the scanner
 * registers globals and would fetch translations (and, with the excluded check,
 * Electron release notes) over the network: `got` is replaced by a stub that
 * refuses every request and counts the attempts.
 *
 * Usage: node run-offline.cjs '{"input": "/dir", "exclude": ["AvailableSecurityFixesGlobalCheck"], "electronVersion": "45.5.0"}'
 */
'use strict';
const Module = require('node:module');

let refusedFetches = 0;
const offlineGot = () => {
  refusedFetches += 1;
  return Promise.reject(new Error('offline: electronegativity may not use the network in tests'));
};
for (const verb of ['get', 'post', 'head', 'stream']) offlineGot[verb] = offlineGot;
const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'got') return offlineGot;
  return originalLoad.call(this, request, parent, isMain);
};

// The scanner's translation loader says "Could not retrieve updated translations" on stdout: keep stdout for JSON.
const log = console.log;
console.log = (...args) => console.error(...args);

const options = JSON.parse(process.argv[2] ?? '{}');
const run = require('@doyensec/electronegativity');

run({
  input: options.input,
  output: undefined,
  isSarif: false,
  customScan: [],
  excludeFromScan: options.exclude ?? [],
  isRelative: true,
  isVerbose: true,
  electronVersionOverride: options.electronVersion,
})
  .then((result) => {
    const findings = result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file,
      line: issue.location.line,
      column: issue.location.column,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      description: issue.description,
      sample: issue.sample === undefined ? '' : String(issue.sample),
    }));
    log(
      JSON.stringify({
        checks: { global: result.globalChecks, atomic: result.atomicChecks },
        errors: result.errors,
        findings,
        refusedFetches,
      }),
    );
  })
  .catch((err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exit(2);
  });
