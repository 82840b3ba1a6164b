import {execFileSync} from 'node:child_process'
import path from 'node:path'

// Tests that spawn the `whatfor` command need the bundle built from the
// current sources: build once per test run (esbuild takes well under a second).
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '../..')
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: 'inherit'
  })
}
