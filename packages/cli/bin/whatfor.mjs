#!/usr/bin/env node
// Thin launcher: the command itself is one esbuild bundle (fast cold start).
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const bundle = new URL('../dist/whatfor.mjs', import.meta.url)
if (!existsSync(fileURLToPath(bundle))) {
  console.error('whatfor: not built yet; run `pnpm build` at the repository root')
  process.exit(2)
}
await import(bundle.href)
