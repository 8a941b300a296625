import { defineConfig } from 'vitest/config';

// Two projects: `unit` (fast, no network beyond 127.0.0.1, no keychain) and
// `integration` (real Okta-like IdP, real Chromium, real keychain).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Chromium instances and the keychain are shared resources: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
