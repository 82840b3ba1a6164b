// The pipeline the CLI and the language server run on one document, in this
// process: whatfor's parser, its input guard and the preset (built dist/).
// Used by the benchmark to time a lint without process start. The server
// calls processor.process; with no compiler, unified-engine parses and runs.

import inputGuard from '@whatfor/input-guard'
import whatforParse from '@whatfor/parse'
import preset from '@whatfor/preset'
import {unified} from 'unified'
import {VFile} from 'vfile'

/**
 * A function that lints one Markdown text and resolves to its messages;
 * `guard` sets the input guard's limits.
 */
export async function lintInProcess(guard = {}) {
  const processor = unified().use(whatforParse).use(inputGuard, guard).use(preset).freeze()
  return async (text) => {
    // parse and run, as unified-engine does when nothing is written out.
    const file = new VFile({path: 'plan.md', value: text})
    await processor.run(processor.parse(file), file)
    return file.messages
  }
}
