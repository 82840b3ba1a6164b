import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {analyse} from '../src/analyse.js'
import {tokenize} from '../src/sentences/tokenize.js'
import type {PlanModel, Token} from '../src/types.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm)

export function parse(markdown: string): Root {
  return processor.parse(markdown)
}

export function plan(markdown: string): PlanModel {
  return analyse(parse(markdown), markdown)
}

/** Tokens for lower-cased words, as a sentence would hold them (offsets one word apart). */
export function tokens(words: readonly string[], quoted: readonly boolean[] = []): Token[] {
  return words.map((text, index) => ({
    index,
    text,
    lower: text.toLowerCase(),
    stem: text.toLowerCase(),
    kind: /^[\p{L}']+$/u.test(text) ? 'word' : /^\d+$/.test(text) ? 'number' : 'punctuation',
    start: index * 10,
    end: index * 10 + text.length,
    quoted: quoted[index] ?? false
  }))
}

/** A small seeded generator, so a failing case can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** The tokens of a text as one sentence, stemmed as the plan model stems them. */
export function wordsOf(text: string): Token[] {
  return tokenize(text).map((token, index) => ({...token, index, quoted: false}))
}
