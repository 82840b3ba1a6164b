#!/usr/bin/env node
// Thin launcher: the server itself is one esbuild bundle (fast start, and the
// same file the VS Code extension ships). Pass --stdio, --node-ipc or --socket=N.
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const bundle = new URL('../dist/whatfor-language-server.mjs', import.meta.url)
if (!existsSync(fileURLToPath(bundle))) {
  console.error('whatfor-language-server: not built yet; run `pnpm build` at the repository root')
  process.exit(2)
}
await import(bundle.href)
