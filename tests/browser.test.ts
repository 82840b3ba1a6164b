import path from 'node:path'
import {build} from 'esbuild'
import {expect, test} from 'vitest'

// Rules, plan model, citations, preset and the incremental parser must run
// unchanged in a browser or a worker: bundling them for the browser fails on
// any Node built-in.
test.each([
  ["export {default, rules} from '@whatfor/preset'", 'packages/plan-model/src/analyse.ts'],
  ["export {default} from '@whatfor/incremental-parse'", 'packages/incremental-parse/src/']
])('%s bundles for the browser with no Node built-ins', async (contents, expectedInput) => {
  const result = await build({
    stdin: {contents, resolveDir: path.resolve(import.meta.dirname, '..'), loader: 'ts'},
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    conditions: ['whatfor-source'],
    logLevel: 'silent',
    metafile: true
  })
  expect(result.errors).toEqual([])
  const inputs = Object.keys(result.metafile.inputs)
  expect(inputs.some((input) => input.includes(expectedInput))).toBe(true)
  expect(inputs.filter((input) => input.startsWith('node:'))).toEqual([])
})
