import {placeOf} from './export.js'
import type {PageFinding} from './findings.js'
import type {PlanSummary} from './summary.js'

const SEVERITY_WORD = {error: 'Error', warning: 'Warning', suggestion: 'Suggestion'} as const

/** What the findings list asks the page to do. */
export interface FindingActions {
  /** Select the finding's text in the editor. */
  jump(index: number): void
  /** Put a suggested fix on the clipboard. */
  copy(text: string, button: HTMLButtonElement): void
}

/** A small element with text, and optional class and attributes. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  node.append(...children)
  return node
}

/** Which “Why?” panels are open, by finding, so a re-lint keeps them open. */
function keyOf(finding: PageFinding): string {
  return `${finding.ruleId}\u0000${finding.reason}`
}

export function renderFindings(
  list: HTMLOListElement,
  findings: readonly PageFinding[],
  actions: FindingActions
): void {
  const open = new Set<string>()
  for (const item of list.querySelectorAll<HTMLElement>('li[data-key]')) {
    if (item.querySelector('details')?.open) open.add(item.dataset.key!)
  }
  const items = findings.map((finding, index) => {
    const item = element('li', `finding ${finding.severity}`)
    item.dataset.key = keyOf(finding)
    item.dataset.ruleId = finding.ruleId

    const jump = element('button', 'jump', capitalise(placeOf(finding)))
    jump.type = 'button'
    jump.setAttribute(
      'aria-label',
      `Show in the plan: ${placeOf(finding)}${finding.wordParagraph === undefined ? '' : ` of the Word document (line ${finding.start.line} here)`}`
    )
    jump.addEventListener('click', () => actions.jump(index))
    item.append(
      element(
        'p',
        'head',
        element('span', `severity ${finding.severity}`, SEVERITY_WORD[finding.severity]),
        jump,
        element('code', 'rule', finding.ruleId)
      ),
      element('p', 'reason', finding.reason)
    )
    if (finding.summary) item.append(element('p', 'explanation', finding.summary))
    if (finding.excerpt) item.append(element('p', 'excerpt', `“${finding.excerpt}”`))

    if (finding.citation) {
      const cited = finding.citation
      const link = element('a', '', cited.title)
      link.href = cited.url
      link.target = '_blank'
      link.rel = 'noopener noreferrer'
      const details = element(
        'details',
        'why',
        element('summary', '', 'Why? The essay’s argument'),
        element('blockquote', '', `“${cited.quote}”`),
        element('p', 'source', `— ${cited.author}, `, element('cite', '', link), `, ${cited.date}`)
      )
      if (finding.url) {
        const rule = element('a', '', `More about ${finding.ruleId}`)
        rule.href = finding.url
        rule.target = '_blank'
        rule.rel = 'noopener noreferrer'
        details.append(element('p', 'source', rule))
      }
      details.open = open.has(keyOf(finding))
      item.append(details)
    }

    finding.expected.forEach((fix, fixIndex) => {
      const copy = element('button', 'copy-fix', 'Copy the suggested fix')
      copy.type = 'button'
      copy.addEventListener('click', () => actions.copy(fix, copy))
      const heading = `Suggested fix${finding.expected.length > 1 ? ` ${fixIndex + 1}` : ''} (fill in the <…> parts):`
      item.append(element('div', 'fix', element('p', '', heading), element('pre', '', fix), copy))
    })
    return item
  })
  list.replaceChildren(...items)
}

/** Jump targets in the summary: a button per quoted place. */
export type JumpToOffset = (offset: number) => void

export function renderSummary(
  summary: PlanSummary | undefined,
  parts: {purpose: HTMLElement; audience: HTMLElement; channels: HTMLElement},
  jump: JumpToOffset
): void {
  if (!summary) {
    for (const part of Object.values(parts))
      part.replaceChildren(element('span', 'empty', 'Nothing to read yet.'))
    return
  }
  const where = (place: {line: number; offset: number; wordParagraph: number | undefined}) => {
    const label =
      place.wordParagraph === undefined ? `line ${place.line}` : `paragraph ${place.wordParagraph}`
    const button = element('button', 'where', label)
    button.type = 'button'
    button.setAttribute('aria-label', `Show in the plan: ${label}`)
    button.addEventListener('click', () => jump(place.offset))
    return button
  }

  if (summary.purpose.length === 0) {
    parts.purpose.replaceChildren(
      element('span', 'none', 'None found.'),
      ' The plan does not say why people should care.'
    )
  } else {
    parts.purpose.replaceChildren(
      element(
        'ul',
        '',
        ...summary.purpose.map((item) => element('li', '', `“${item.text}” `, where(item)))
      )
    )
  }

  parts.audience.replaceChildren(
    summary.audience.length === 0
      ? element('span', 'empty', 'No audience section found.')
      : element(
          'ul',
          '',
          ...summary.audience.map((item) => element('li', '', `${item.text} `, where(item)))
        )
  )

  if (summary.channels.length === 0) {
    parts.channels.replaceChildren(element('span', 'empty', 'No channels named.'))
  } else {
    const list = element(
      'ol',
      'channels',
      ...summary.channels.map((item) => element('li', '', `${item.name} `, where(item)))
    )
    const children: Node[] = [list]
    if (summary.channelsBeforePurpose) {
      children.push(
        element(
          'p',
          'channel-order',
          summary.purpose.length === 0
            ? 'The plan names channels but never says what it is for.'
            : 'The plan names its channels before it says what it is for.'
        )
      )
    }
    parts.channels.replaceChildren(...children)
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
