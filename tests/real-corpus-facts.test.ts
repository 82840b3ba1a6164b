import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadRealCorpus} from '@whatfor/eval'
import {describe, expect, test} from 'vitest'

// The committed half of the real-plan corpus is facts only (fixtures/real/README.md): where each
// text is, and our labels. These checks need no text, so they run everywhere, CI included.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpusDir = path.join(root, 'fixtures/real')
const corpus = loadRealCorpus(corpusDir)
const ruleIds = new Set(readdirSync(path.join(root, 'rules')))

/** Words in the longest stretch between a pair of quotation marks (straight or curly). */
function longestQuotation(note: string): number {
  let longest = 0
  const parts = note.split(/["“”]/)
  // Odd parts stand between an opening and a closing mark.
  for (let index = 1; index < parts.length - 1; index += 2)
    longest = Math.max(longest, parts[index]!.trim().split(/\s+/).length)
  return longest
}

describe('the real-plan corpus records facts a labeller can stand behind', () => {
  test('every labelled document has a source at one exact commit', () => {
    expect(corpus.labelled.length).toBeGreaterThanOrEqual(400)
    for (const document of corpus.labelled) {
      expect(document.repo, document.file).toMatch(/^[\w.-]+\/[\w.-]+$/)
      expect(document.commit, document.file).toMatch(/^[0-9a-f]{40}$/)
      expect(document.file.startsWith(`${document.batch}-`), document.file).toBe(true)
    }
  })

  test('the manifest and the labels of a batch name the same documents', () => {
    for (const batch of readdirSync(path.join(corpusDir, 'batches'))) {
      const files = (name: string): string[] =>
        readFileSync(path.join(corpusDir, 'batches', batch, name), 'utf8')
          .trim()
          .split('\n')
          .slice(1)
          .map((row) => row.split('\t')[0]!)
          .sort()
      expect(files('labels.tsv'), batch).toEqual(files('manifest.tsv'))
    }
  })

  test('later batches: at most two documents from a repository, and a repository in one batch only', () => {
    const byRepository = new Map<string, Set<string>>()
    const count = new Map<string, number>()
    // s0 is the shared set as it was given (several pages of one handbook); the rule starts with b1.
    for (const document of corpus.labelled.filter((document) => document.batch !== 's0')) {
      count.set(document.repo, (count.get(document.repo) ?? 0) + 1)
      const batches = byRepository.get(document.repo) ?? new Set<string>()
      batches.add(document.batch)
      byRepository.set(document.repo, batches)
    }
    const crowded = [...count].filter(([, documents]) => documents > 2)
    expect(crowded).toEqual([])
    const shared = [...byRepository].filter(([, batches]) => batches.size > 1)
    expect(shared).toEqual([])
  })

  test('labels follow the definitions: a channel-first plan names where its opening is', () => {
    for (const document of corpus.labelled) {
      if (document.channelFirst === 'yes')
        expect(document.channelRanges.length, document.file).toBeGreaterThan(0)
      for (const [from, to] of [...document.channelRanges, ...document.purposeRanges]) {
        expect(from, document.file).toBeGreaterThanOrEqual(1)
        expect(to, document.file).toBeGreaterThanOrEqual(from)
      }
      for (const rule of document.otherRules)
        expect(ruleIds.has(rule), `${document.file}: ${rule}`).toBe(true)
    }
  })

  test('notes are our words: no quoted sentences from the documents', () => {
    for (const batch of readdirSync(path.join(corpusDir, 'batches'))) {
      const rows = readFileSync(path.join(corpusDir, 'batches', batch, 'labels.tsv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
      for (const row of rows) {
        const note = row.split('\t')[7] ?? ''
        expect(longestQuotation(note), `${batch}: ${row.split('\t')[0]}`).toBeLessThan(5)
      }
    }
  })
})
