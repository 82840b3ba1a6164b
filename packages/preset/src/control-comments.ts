import {MESSAGE_SOURCE} from '@whatfor/lint-rule'
import type {Html, Root} from 'mdast'
import {commentMarker} from 'mdast-comment-marker'
import type {Transformer} from 'unified'
import {type Marker, messageControl} from 'unified-message-control'
import type {Node} from 'unist'
import type {VFile} from 'vfile'

/**
 * `<!-- whatfor disable|enable|ignore [RULE…] -->`: unified-message-control,
 * the library under remark-message-control, with a `marker` (its option for
 * reading a node as a comment marker) that first checks each whatfor
 * comment. remark-message-control fixes the marker itself, and
 * unified-message-control stops at a comment without `enable`, `disable` or
 * `ignore` by failing the file: one typo (`<!-- whatfor disabled … -->`)
 * voided every other comment in the file and hid all its findings behind a
 * fatal error in the library's words. Here a comment that is not understood
 * is passed over (the library never sees it) and gets a warning on its own
 * line; a comment naming a rule whatfor does not have still works for the
 * rules it names, and gets a warning too.
 */
export function controlComments(knownRules: readonly string[]): Transformer<Root> {
  const known = new Set(knownRules)
  return (tree, file) => {
    // A document without the word has no `<!-- whatfor … -->` comment: there
    // is nothing to control, and the two walks over the whole tree that
    // message control makes are 5% of a lint.
    if (!String(file.value).includes(NAME)) return
    const warnings: Array<{node: Html; reason: string}> = []
    const marker = (node: Node): Marker | undefined => {
      const mark = whatforMarker(node)
      if (!mark) return undefined
      const checked = checkMarker(mark.words, known)
      if (checked.warning) warnings.push({node: node as Html, reason: checked.warning})
      return checked.attributes === undefined
        ? undefined
        : {name: NAME, attributes: checked.attributes}
    }
    messageControl(tree, {
      file,
      marker,
      name: NAME,
      source: MESSAGE_SOURCE,
      // Comments are `html` nodes in mdast (whatfor reads no MDX).
      test: 'html'
    })
    // After message control, so that `<!-- whatfor disable -->` above a
    // broken comment does not hide the warning about it.
    for (const {node, reason} of warnings) warn(file, node, reason)
  }
}

const NAME = 'whatfor'
const VERBS = ['disable', 'enable', 'ignore'] as const
/** Longer "comments" are not whatfor's: an unclosed `<!--` can run to the end of the file. */
const LONGEST_COMMENT = 2000

/** The words of a `<!-- whatfor … -->` comment, or undefined for any other node. */
function whatforMarker(node: Node): {words: string[]} | undefined {
  if (node.type !== 'html') return undefined
  const value = (node as Html).value
  // A cheap look first: mdast-comment-marker's expressions are made for
  // short comments, and most HTML in a plan is not a whatfor comment.
  if (value.length > LONGEST_COMMENT || !opensWhatforComment(value)) return undefined
  const mark = commentMarker(node as Html)
  if (!mark || mark.name !== NAME) return undefined
  return {words: mark.attributes.split(/\s+/).filter(Boolean)}
}

/** `<!--`, optional whitespace, `whatfor`, then whitespace or `-->`. */
function opensWhatforComment(value: string): boolean {
  let index = 0
  while (index < value.length && isSpace(value.charCodeAt(index))) index++
  if (!value.startsWith('<!--', index)) return false
  index += 4
  while (index < value.length && isSpace(value.charCodeAt(index))) index++
  if (!value.startsWith(NAME, index)) return false
  index += NAME.length
  return value.startsWith('-->', index) || isSpace(value.charCodeAt(index))
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d
}

/**
 * What message control should read from a whatfor comment (undefined: pass
 * it over) and what to tell the writer.
 */
export function checkMarker(
  words: readonly string[],
  known: ReadonlySet<string>
): {attributes?: string; warning?: string} {
  const [verb, ...rules] = words
  const knownRules = rules.filter((rule) => known.has(rule))
  const unknownRules = rules.filter((rule) => !known.has(rule))
  if (verb === undefined || !(VERBS as readonly string[]).includes(verb)) {
    const wanted =
      (verb && VERBS.find((candidate) => candidate.startsWith(verb.slice(0, 3)))) ?? 'disable'
    const example = `<!-- whatfor ${wanted} ${knownRules.length > 0 ? knownRules.join(' ') : 'rule-id'} -->`
    const problem =
      verb === undefined
        ? 'it says neither `disable`, `enable` nor `ignore`'
        : `\`${verb}\` is not \`disable\`, \`enable\` or \`ignore\``
    return {
      warning: `This whatfor comment is not understood (${problem}), so it does nothing: write \`${example}\``
    }
  }
  if (unknownRules.length === 0) return {attributes: words.join(' ')}
  const names = unknownRules.map((rule) => `\`${rule}\``).join(', ')
  const notRules = `${names} ${unknownRules.length === 1 ? 'is not a whatfor rule' : 'are not whatfor rules'} (see \`whatfor --list-rules\`)`
  // Every rule it names is unknown: read as `<!-- whatfor disable -->` it
  // would turn off every rule, which is not what the writer meant.
  if (knownRules.length === 0) {
    return {warning: `This whatfor comment is not understood: ${notRules}, so it does nothing`}
  }
  return {
    attributes: [verb, ...knownRules].join(' '),
    warning: `This whatfor comment names a rule that does not exist: ${notRules}; it still works for ${knownRules.map((rule) => `\`${rule}\``).join(', ')}`
  }
}

function warn(file: VFile, node: Html, reason: string): void {
  const message = file.message(reason, {
    ancestors: [node],
    place: node.position,
    ruleId: 'control-comment',
    source: MESSAGE_SOURCE
  })
  message.fatal = false
}
