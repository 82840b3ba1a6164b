import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a plain .mjs script, shared with `pnpm readme-sample`
import {readmeSample, sampleOutput} from '../scripts/readme-sample.mjs'
import {repositoryRoot} from './helpers/cli.js'

describe('README sample output', () => {
  it('is what the command prints (regenerate with `pnpm readme-sample`)', () => {
    const readme = readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8')
    const {from, to} = readmeSample(readme) as {from: number; to: number}
    const output = sampleOutput() as string
    expect(output).toContain('no-channel-first')
    expect(readme.slice(from, to)).toBe(output)
  })
})
