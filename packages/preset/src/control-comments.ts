import {MESSAGE_SOURCE} from '@whatfor/lint-rule'
import {commentMarker, type Marker} from 'mdast-comment-marker'
import type {VFile} from 'vfile'

/** What may follow `whatfor` in a control comment. */
const KEYWORDS = new Set(['enable', 'disable', 'ignore'])

/** Rule id of the warning about a control comment whatfor cannot read. */
export const CONTROL_COMMENT_RULE = 'control-comment'

/**
 * Reads `<!-- whatfor … -->` comments for message control. One it cannot read
 * (`<!-- whatfor -->`, a misspelt keyword) gets a warning on its own line and
 * is then left out, where message control would stop the whole file over it
 * and so drop every other comment's effect with it.
 */
export function controlCommentReader(file: VFile) {
  return (node: unknown): Marker | undefined => {
    const marker = commentMarker(node)
    if (marker?.name !== 'whatfor') return marker
    const keyword = marker.attributes.trim().split(/\s+/)[0] ?? ''
    if (KEYWORDS.has(keyword)) return marker
    const written = keyword === '' ? 'nothing' : `\`${keyword}\``
    const message = file.message(
      `Unexpected ${written} after \`whatfor\` in this comment, expected \`disable\`, \`enable\` or \`ignore\` and rule names (\`<!-- whatfor disable what-for -->\`); the comment is ignored`,
      {place: marker.node.position, ruleId: CONTROL_COMMENT_RULE, source: MESSAGE_SOURCE}
    )
    message.fatal = false
    return undefined
  }
}
