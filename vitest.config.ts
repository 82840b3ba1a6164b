import {defineConfig} from 'vitest/config'

// Tests import workspace packages from their TypeScript sources through the
// `whatfor-source` export condition, so no build step is needed for unit tests.
const conditions = ['whatfor-source', 'node', 'import', 'module', 'default']

export default defineConfig({
  resolve: {conditions},
  ssr: {resolve: {conditions, externalConditions: conditions}},
  test: {
    include: ['tests/**/*.test.ts', 'rules/*/test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    globalSetup: ['tests/setup/build.ts'],
    // CI asks for a JSON copy of the results, to print a plain closing line.
    reporters: process.env.WHATFOR_TEST_RESULTS
      ? ['default', ['json', {outputFile: process.env.WHATFOR_TEST_RESULTS}]]
      : ['default'],
    testTimeout: 30000,
    hookTimeout: 120000
  }
})
