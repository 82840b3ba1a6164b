import {execFileSync} from 'node:child_process'
import path from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

/**
 * `pnpm typecheck` runs tsc with the root tsconfig.json and the page's
 * packages/web/tsconfig.json. A TypeScript file neither one includes is run
 * by vitest or bundled by esbuild, which strip types without checking them:
 * a type error there goes unnoticed. Hand-written .d.ts files are declarations
 * for consumers (tests/package.test.ts checks them), not code.
 */

const root = path.resolve(import.meta.dirname, '..')
const CONFIGS = ['tsconfig.json', 'packages/web/tsconfig.json']

function filesOf(config: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, config), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    }
  })
  return (parsed?.fileNames ?? []).map((file) => path.relative(root, file))
}

describe('pnpm typecheck', () => {
  it('covers every TypeScript file in the repository', () => {
    const checked = new Set(CONFIGS.flatMap(filesOf))
    const tracked = execFileSync('git', ['ls-files', '*.ts', '*.mts', '*.cts'], {
      cwd: root,
      encoding: 'utf8'
    })
      .split('\n')
      .filter((file) => file && !/\.d\.[mc]?ts$/.test(file))
    expect(tracked.length).toBeGreaterThan(100)
    expect(tracked.filter((file) => !checked.has(file))).toEqual([])
  })
})
