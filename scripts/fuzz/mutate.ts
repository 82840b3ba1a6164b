/**
 * Mutations of real documents: the fixture plans with ranges cut, repeated,
 * swapped, re-indented, quoted or listed, odd characters and grammar
 * fragments dropped in, line endings changed, the end cut off. Real plans
 * reach the rules' deeper paths that generated text rarely does.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {document} from './grammar.js'

/** The fixture texts, in git's order: tracked files only, so every machine mutates the same ones. */
export function fixtureTexts(root: string): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--', 'fixtures'], {
    cwd: root,
    encoding: 'utf8'
  })
    .split('\0')
    .filter((file) => /\.(?:md|markdown|txt)$/.test(file))
  return listed.map((file) => readFileSync(path.join(root, file), 'utf8'))
}

type Mutation = (text: string) => string

/** Two cut points in a text, as fractions, so one mutation fits any length. */
const span = fc
  .tuple(fc.double({min: 0, max: 1, noNaN: true}), fc.double({min: 0, max: 1, noNaN: true}))
  .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)

const at = (text: string, fraction: number): number => Math.floor(fraction * text.length)

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Cut a range (at most half the text, so that something is left to lint).
  span.map(
    ([from, to]) =>
      (text: string) =>
        text.slice(0, at(text, from)) + text.slice(at(text, from + (to - from) / 2))
  ),
  // Repeat a range (short ranges many times: long lines, long lists).
  fc.tuple(span, fc.integer({min: 2, max: 200})).map(([[from, to], times]) => (text: string) => {
    const [start, end] = [at(text, from), at(text, to)]
    const piece = text.slice(start, Math.min(end, start + 400))
    return text.slice(0, start) + piece.repeat(times) + text.slice(start)
  }),
  // Swap two ranges.
  fc.tuple(span, span).map(([[a, b], [c, d]]) => (text: string) => {
    const points = [at(text, a), at(text, b), at(text, c), at(text, d)].sort((x, y) => x - y)
    const [p, q, r, s] = points as [number, number, number, number]
    return text.slice(0, p) + text.slice(r, s) + text.slice(q, r) + text.slice(p, q) + text.slice(s)
  }),
  // Prefix the lines of a range: quote, list, indent (nesting), or typed bullets.
  fc
    .tuple(span, fc.constantFrom('> ', '- ', '  ', '    ', '1. ', '\u2022 ', '| ', '\t', '>> '))
    .map(([[from, to], prefix]) => (text: string) => {
      const [start, end] = [at(text, from), at(text, to)]
      return (
        text.slice(0, start) +
        text
          .slice(start, end)
          .split('\n')
          .map((line) => prefix + line)
          .join('\n') +
        text.slice(end)
      )
    }),
  // Drop in a generated fragment.
  fc
    .tuple(fc.double({min: 0, max: 1, noNaN: true}), document)
    .map(([where, fragment]) => (text: string) => {
      const point = at(text, where)
      return `${text.slice(0, point)}${fragment.slice(0, 1000)}${text.slice(point)}`
    }),
  // Sprinkle one odd character.
  fc
    .tuple(
      fc.array(fc.double({min: 0, max: 1, noNaN: true}), {minLength: 1, maxLength: 20}),
      fc.constantFrom(
        '\u200b',
        '\u200f',
        '\u0301',
        '\ufeff',
        '\r',
        '\u2028',
        '*',
        '`',
        '|',
        '<',
        '\\',
        '\u00a0'
      )
    )
    .map(([points, character]) => (text: string) => {
      let out = text
      for (const point of points) {
        const index = at(out, point)
        out = out.slice(0, index) + character + out.slice(index)
      }
      return out
    }),
  // Line endings.
  fc.constantFrom('\r\n', '\r').map((ending) => (text: string) => text.replace(/\n/g, ending)),
  // The end cut off, as a truncated upload would.
  fc
    .double({min: 0.1, max: 1, noNaN: true})
    .map((where) => (text: string) => text.slice(0, at(text, where)))
)

/** A fixture with one to six mutations applied in turn. */
export function mutatedFixture(fixtures: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...fixtures), fc.array(mutation, {minLength: 1, maxLength: 6}))
    .map(([text, mutations]) => mutations.reduce((out, mutate) => mutate(out), text))
}
