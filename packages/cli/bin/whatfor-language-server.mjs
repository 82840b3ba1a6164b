#!/usr/bin/env node
// The language server as the `whatfor` package installs it: one self-contained
// bundle (built from packages/language-server). Pass --stdio, --node-ipc or --socket=N.
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const bundle = new URL('../dist/whatfor-language-server.mjs', import.meta.url)
if (!existsSync(fileURLToPath(bundle))) {
  console.error('whatfor-language-server: not built yet; run `pnpm build` at the repository root')
  process.exit(2)
}
await import(bundle.href)
