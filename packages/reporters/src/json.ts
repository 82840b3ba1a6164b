import type {VFile} from 'vfile'
import reporterJson from 'vfile-reporter-json'
import {citationOf} from './citation.js'
import {withUserFacingMessages} from './flatten.js'

interface JsonMessage {
  ruleId?: string | null
  citation?: unknown
}

/**
 * vfile-reporter-json's format, the contract other tools read, with each of
 * whatfor's messages also carrying `citation: {quote, title, author, date, url}`
 * (the same essay its `note` names, as fields).
 */
export function json(
  files: readonly VFile[],
  options: {quiet?: boolean; silent?: boolean} = {}
): string {
  const report = JSON.parse(
    reporterJson(withUserFacingMessages(files), {
      quiet: options.quiet ?? false,
      silent: options.silent ?? false
    })
  ) as Array<{messages: JsonMessage[]}>
  for (const file of report) {
    for (const message of file.messages) {
      const cited = message.ruleId ? citationOf(message.ruleId) : undefined
      if (cited) message.citation = cited
    }
  }
  return JSON.stringify(report)
}
