#!/usr/bin/env node
// Builds the VS Code extension offline: the client and the language server are
// each bundled with esbuild (nothing to install at run time; vsce's own
// dependency listing does not work in a pnpm workspace), then vsce packs them
// into a .vsix with --no-dependencies.
//
//   node scripts/package.mjs [--out path/to/whatfor.vsix]
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const repositoryRoot = path.resolve(here, '../..')
const manifest = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'))
const outIndex = process.argv.indexOf('--out')
const out =
  outIndex === -1
    ? path.join(here, `${manifest.name}-${manifest.version}.vsix`)
    : path.resolve(process.argv[outIndex + 1])

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  legalComments: 'none',
  logLevel: 'warning',
  conditions: ['whatfor-source']
}

// The client: CommonJS, as VS Code loads extensions; `vscode` is provided by the editor.
await build({
  ...common,
  entryPoints: [path.join(here, 'src/extension.ts')],
  outfile: path.join(here, 'dist/extension.cjs'),
  format: 'cjs',
  external: ['vscode']
})

// The server: the same entry as the `whatfor-language-server` command. It stays
// ESM (its dependencies are ESM-only); VS Code forks it with its own Node.
await build({
  ...common,
  entryPoints: [path.join(repositoryRoot, 'packages/language-server/src/bin.ts')],
  outfile: path.join(here, 'dist/server.mjs'),
  format: 'esm',
  // As in scripts/bundles.json: no text report after every lint (see silent-reporter.ts).
  alias: {
    'vfile-reporter': path.join(repositoryRoot, 'packages/language-server/src/silent-reporter.ts')
  },
  banner: {
    // Bundled CommonJS dependencies still call require().
    js: "import {createRequire as __whatforCreateRequire} from 'node:module'; const require = __whatforCreateRequire(import.meta.url);"
  }
})

mkdirSync(path.dirname(out), {recursive: true})
const vsce = createRequire(path.join(here, 'package.json')).resolve('@vscode/vsce/vsce')
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], {
  cwd: here,
  stdio: ['ignore', 'inherit', 'inherit']
})
