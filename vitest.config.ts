import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One DynamoDB Local (and one SES v2 emulator) for the whole run; each test file gets its own table.
    globalSetup: ['tests/setup/dynamodb.ts', 'tests/setup/ses.ts'],
    setupFiles: ['tests/setup/table-per-file.ts'],
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/bench/**', 'node_modules/**'],
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
