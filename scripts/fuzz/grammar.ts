/**
 * Markdown documents from a grammar, as fast-check arbitraries: the blocks a
 * plan is made of (headings, paragraphs, nested lists and block quotes,
 * tables, HTML, fenced and indented code, front matter, link definitions)
 * filled with a plan's words and with the text that breaks tools: long lines,
 * right-to-left script and direction marks, combining marks, emoji, zero-width
 * characters, NUL, odd line endings. A seed gives the same documents anywhere.
 */
import fc from 'fast-check'

/** Words of marketing plans, so that the rules and the plan model have something to judge. */
const PLAN_WORDS = [
  'we',
  'our',
  'will',
  'post',
  'daily',
  'weekly',
  'Facebook',
  'Instagram',
  'TikTok',
  'LinkedIn',
  'YouTube',
  'Discord',
  'Reddit',
  'newsletter',
  'insta',
  'likes',
  'followers',
  'views',
  'reach',
  'impressions',
  'engagement',
  'viral',
  'buzz',
  'influencers',
  'strategy',
  'goal',
  'goals',
  'target',
  'KPI',
  'purpose',
  'why',
  'community',
  'members',
  'volunteers',
  'people',
  'audience',
  'customers',
  'grow',
  'increase',
  'reach',
  'become',
  'not',
  'never',
  'or',
  'and',
  'but',
  'so',
  'that',
  'to',
  'for',
  'the',
  'a',
  'by',
  'June',
  '2025',
  '5,000',
  '10k',
  '50%',
  'Goal:',
  'Owner:',
  'first',
  'led',
  'listen',
  'monitor',
  'exit',
  'sunset',
  'stop'
]

/** Text that trips tools: scripts, marks and characters with no width or odd widths. */
const ODD_TEXT = [
  '\u0645\u062c\u062a\u0645\u0639', // Arabic “community”
  '\u05e7\u05d4\u05d9\u05dc\u05d4', // Hebrew “community”
  '\u200f', // right-to-left mark
  '\u200e', // left-to-right mark
  '\u202e', // right-to-left override
  '\u2066', // left-to-right isolate
  'e\u0301', // e + combining acute
  'a\u0300\u0301\u0302\u0303\u0304\u0305\u0306', // stacked combining marks
  '\u0301', // a combining mark with nothing to combine with
  '\ud83d\udc4d\ud83c\udffd', // thumbs up, skin tone
  '\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67', // family (zero-width joiner sequence)
  '\ud83c\uddec\ud83c\udde7', // flag
  '\ud83d\ude80',
  '\u200b', // zero-width space
  '\u200c', // zero-width non-joiner
  '\u200d', // zero-width joiner
  '\ufeff', // zero-width no-break space (a BOM inside the text)
  '\u00a0', // no-break space
  '\u2028', // line separator
  '\u2029', // paragraph separator
  '\u0007',
  '\u001b[31m',
  '\u4e2d\u6587', // Chinese
  '\u3000', // ideographic space
  '\ud800', // a lone surrogate: not UTF-8, but an editor may send it
  '\\',
  '`',
  '*',
  '_',
  '~',
  '|',
  '<',
  '>',
  '&',
  '[',
  ']',
  '#',
  '"',
  '\u201c',
  '\u201d',
  '\u2014'
]

const word = fc.oneof(
  {weight: 8, arbitrary: fc.constantFrom(...PLAN_WORDS)},
  {weight: 2, arbitrary: fc.constantFrom(...ODD_TEXT)},
  {weight: 1, arbitrary: fc.string({maxLength: 8})},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 4})}
)

const url = fc.oneof(
  fc.constantFrom(
    'https://example.com',
    'https://example.com/a_(b)',
    'mailto:team@example.com',
    '#goals',
    ''
  ),
  fc.webUrl({size: 'xsmall'})
)

/** One inline element: a word, or a word dressed in Markdown or HTML. */
const inline: fc.Arbitrary<string> = fc.oneof(
  {weight: 12, arbitrary: word},
  {weight: 1, arbitrary: word.map((text) => `*${text}*`)},
  {weight: 1, arbitrary: word.map((text) => `**${text}**`)},
  {weight: 1, arbitrary: word.map((text) => `_${text}_`)},
  {weight: 1, arbitrary: word.map((text) => `~~${text}~~`)},
  {weight: 1, arbitrary: word.map((text) => `\`${text}\``)},
  {weight: 1, arbitrary: fc.tuple(word, url).map(([text, href]) => `[${text}](${href})`)},
  {weight: 1, arbitrary: fc.tuple(word, url).map(([text, href]) => `![${text}](${href})`)},
  {weight: 1, arbitrary: url.map((href) => `<${href}>`)},
  {weight: 1, arbitrary: fc.constantFrom('&amp;', '&nbsp;', '&#123;', '&#x1F600;', '&bogus;')},
  {weight: 1, arbitrary: word.map((text) => `<b>${text}</b>`)},
  {weight: 1, arbitrary: word.map((text) => `"${text}"`)},
  {weight: 1, arbitrary: word.map((text) => `\u201c${text}\u201d`)},
  {weight: 1, arbitrary: fc.constantFrom('  \n', '\\\n', '\n')},
  {weight: 1, arbitrary: fc.constantFrom('[^1]', '[ref]', '\\*', '\\_', ':', ';', ',', '—', '-')}
)

/** A run of inline elements, sometimes ended as a sentence. */
const sentence = fc
  .tuple(
    fc.array(inline, {minLength: 1, maxLength: 10}),
    fc.constantFrom('.', '.', '!', '?', '', '', ':', '...')
  )
  .map(([parts, end]) => `${parts.join(' ')}${end}`)

/** A line or more of text; now and then one very long line (one sentence, one word repeated). */
const text = fc.oneof(
  {
    weight: 40,
    arbitrary: fc.array(sentence, {minLength: 1, maxLength: 3}).map((parts) => parts.join(' '))
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(word, {minLength: 1, maxLength: 3}), fc.integer({min: 50, max: 800}))
      .map(([unit, times]) => `${unit.join(' ')} `.repeat(times).trimEnd())
  }
)

const paragraph = fc.array(text, {minLength: 1, maxLength: 3}).map((lines) => lines.join('\n'))

const heading = fc.oneof(
  fc
    .tuple(fc.integer({min: 1, max: 7}), text, fc.constantFrom('', ' #', ' ###'))
    .map(([depth, title, closing]) => `${'#'.repeat(depth)} ${title}${closing}`),
  fc.tuple(text, fc.constantFrom('===', '---')).map(([title, line]) => `${title}\n${line}`),
  // A label line written as a heading would be (“Goals:”), and typed bullets.
  text.map((title) => `${title}:`),
  fc
    .array(text, {minLength: 2, maxLength: 6})
    .map((lines) => lines.map((line) => `\u2022 ${line}`).join('\n'))
)

const table = fc
  .tuple(
    fc.integer({min: 1, max: 5}),
    fc.array(fc.array(fc.oneof(word, sentence), {minLength: 1, maxLength: 6}), {
      minLength: 0,
      maxLength: 8
    }),
    fc.constantFrom('---', ':--', '--:', ':-:')
  )
  .map(([columns, rows, align]) => {
    const line = (cells: readonly string[]) =>
      `| ${cells.map((cell) => cell.replace(/\n/g, ' ')).join(' | ')} |`
    const header = Array.from({length: columns}, (_, index) =>
      index === 0 ? 'Channel' : index === 1 ? 'Goal' : `Column ${index}`
    )
    return [line(header), line(header.map(() => align)), ...rows.map(line)].join('\n')
  })

const code = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('```', '~~~', '````'),
      fc.constantFrom('', 'md', 'yaml', 'js'),
      paragraph,
      fc.boolean()
    )
    .map(([fence, info, body, closed]) => `${fence}${info}\n${body}${closed ? `\n${fence}` : ''}`),
  paragraph.map((body) =>
    body
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n')
  )
)

const html = fc.oneof(
  paragraph.map((body) => `<div>\n${body}\n</div>`),
  paragraph.map((body) => `<details><summary>More</summary>\n\n${body}\n\n</details>`),
  fc.constantFrom(
    '<!-- a comment -->',
    '<!-- whatfor disable no-vanity-metrics -->',
    '<!-- whatfor enable no-vanity-metrics -->',
    '<!-- whatfor ignore what-for -->',
    '<!-- whatfor disable -->',
    '<!-- whatfor disable no-such-rule -->',
    '<!-- whatfor -->',
    '<!-- whatfor disabled what-for -->',
    '<!--',
    '<br>',
    '<img src=x onerror=alert(1)>',
    '<script>let a = "<!--"</script>'
  )
)

const frontMatter = fc.oneof(
  fc.constantFrom(
    '---\ntitle: Plan\nowner: Ana\n---',
    '---\ntitle: [unclosed\n---',
    '---\n---',
    '---\ntitle: Plan',
    '+++\ntitle = "Plan"\n+++'
  ),
  fc
    .dictionary(fc.constantFrom('title', 'owner', 'goal', 'channels', 'date'), text, {maxKeys: 4})
    .map(
      (fields) =>
        `---\n${Object.entries(fields)
          .map(([key, value]) => `${key}: ${value.replace(/\n/g, ' ')}`)
          .join('\n')}\n---`
    )
)

const leaf = fc.oneof(
  {weight: 8, arbitrary: paragraph},
  {weight: 3, arbitrary: heading},
  {weight: 2, arbitrary: table},
  {weight: 1, arbitrary: code},
  {weight: 1, arbitrary: html},
  {
    weight: 1,
    arbitrary: fc.constantFrom('---', '***', '[ref]: https://example.com "Title"', '[^1]: A note.')
  }
)

/** Blocks that hold blocks: list items and block quotes, nested to a bounded depth. */
const {block} = fc.letrec<{block: string}>((tie) => ({
  block: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    {weight: 6, arbitrary: leaf},
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] '),
          fc.array(tie('block'), {minLength: 1, maxLength: 4})
        )
        .map(([marker, items]) =>
          items.map((item) => `${marker}${indent(item, ' '.repeat(marker.length))}`).join('\n')
        )
    },
    {
      weight: 1,
      arbitrary: fc
        .array(tie('block'), {minLength: 1, maxLength: 3})
        .map((blocks) => blocks.join('\n\n').replace(/^/gm, '> '))
    }
  )
}))

function indent(text: string, prefix: string): string {
  return text.replace(/\n/g, `\n${prefix}`)
}

const LINE_ENDINGS = ['\n', '\n', '\n', '\r\n', '\r', 'mixed'] as const

/** A whole document: optional front matter, blocks, then the line endings and BOM it is saved with. */
export const document: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(frontMatter, {freq: 2}),
    fc.array(block, {minLength: 1, maxLength: 10}),
    fc.array(fc.constantFrom('\n\n', '\n', '\n\n\n'), {minLength: 16, maxLength: 16}),
    fc.constantFrom(...LINE_ENDINGS),
    // A UTF-8 BOM in one document out of ten.
    fc.nat(9).map((roll) => roll === 0),
    fc.constantFrom('', '\n', '  ', '\n\n\n'),
    // Rarely, since the input guard refuses the file whole: a NUL (binary
    // before the first 8,000 characters) or U+FFFD (what invalid UTF-8 becomes).
    fc.tuple(
      fc.nat(19).map((roll) => roll === 0),
      fc.constantFrom('\u0000', '\ufffd'),
      fc.double({min: 0, max: 1, noNaN: true})
    )
  )
  .map(([front, blocks, gaps, ending, bom, tail, refused]) => {
    let text = front ? `${front}\n` : ''
    blocks.forEach((block, index) => {
      text += index === 0 ? block : `${gaps[index]}${block}`
    })
    text += tail
    if (ending === 'mixed') {
      let count = 0
      text = text.replace(/\n/g, () => ['\n', '\r\n', '\r'][count++ % 3]!)
    } else if (ending !== '\n') text = text.replace(/\n/g, ending)
    const [refuse, character, where] = refused
    if (refuse) {
      const at = Math.floor(where * text.length)
      text = `${text.slice(0, at)}${character}${text.slice(at)}`
    }
    return bom ? `\ufeff${text}` : text
  })
