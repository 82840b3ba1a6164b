// Input families that once made whatfor super-linear (issue 13), each a text
// that grows by repeating one unit: one long sentence, one long line, one long
// heading, one paragraph with no sentence end, and so on. `pnpm bench
// --scaling` times them at 1×, 2×, 4× and 8×; tests/scaling.test.ts compares
// 1× with 4× on small sizes. A family found by the fuzzer is added here.

/**
 * Each family: `text(bytes)` is a document of about `bytes` bytes (never less
 * than one unit), `bench` the 1× size the benchmark uses, `slice` the 1× size
 * the CI test uses: small, so the test runs in seconds, yet large enough that
 * the super-linear growth this family once showed is plain at 4× (a size at
 * which fixed costs hide it would let the test pass whatever the code does).
 */
export interface ScalingFamily {
  readonly id: string
  readonly name: string
  readonly bench: number
  readonly slice: number
  readonly text: (bytes: number) => string
}

export const families: readonly ScalingFamily[] = [
  {
    name: 'one sentence "Goal: likes followers views …"',
    id: 'goal-sentence',
    bench: 32 * 1024,
    slice: 32 * 1024,
    text: (bytes: number) => `Goal: ${repeat('likes followers views ', bytes - 8).trimEnd()}.\n`
  },
  {
    name: 'one line "Facebook Facebook …"',
    id: 'channel-line',
    bench: 64 * 1024,
    slice: 16 * 1024,
    text: (bytes: number) => `${repeat('Facebook ', bytes - 1).trimEnd()}\n`
  },
  {
    name: 'a heading "# insta insta …"',
    id: 'channel-heading',
    bench: 32 * 1024,
    slice: 32 * 1024,
    text: (bytes: number) => `# ${repeat('insta ', bytes - 3).trimEnd()}\n`
  },
  {
    name: 'one paragraph, no sentence end',
    id: 'endless-paragraph',
    bench: 128 * 1024,
    slice: 128 * 1024,
    // Soft-wrapped lines of ordinary plan words, none ending a sentence.
    text: (bytes: number) =>
      repeat('we post on instagram every day so that our audience grows and\n', bytes)
  },
  {
    name: '"• Facebook daily" typed-bullet lines',
    id: 'typed-bullets',
    bench: 64 * 1024,
    slice: 128 * 1024,
    text: (bytes: number) => repeat('• Facebook daily\n', bytes)
  },
  {
    name: '"a &amp; b" lines in one paragraph',
    id: 'entity-lines',
    bench: 64 * 1024,
    slice: 64 * 1024,
    text: (bytes: number) => repeat('a &amp; b\n', bytes)
  },
  {
    name: 'table rows',
    id: 'table-rows',
    bench: 128 * 1024,
    slice: 32 * 1024,
    text: (bytes: number) =>
      `| Channel | Goal | Owner |\n| --- | --- | --- |\n${repeat('| Facebook | likes and shares | Ana |\n', bytes - 50)}`
  },
  {
    // Found while probing the plan model's look-behinds: each “or” widens
    // the span a negation reaches back over.
    name: 'one sentence "We will not chase likes or followers or …"',
    id: 'or-chain',
    bench: 32 * 1024,
    slice: 16 * 1024,
    text: (bytes: number) =>
      `We will not chase ${repeat('likes or followers or ', bytes - 25)}views.\n`
  },
  {
    // Found by fuzzing (a 14 KB line of emphasis beside task items, seed 1,
    // document 58744): the Markdown parser resolves emphasis runs in time
    // that grows with the square of their number.
    name: 'one paragraph of emphasis "_a_ **b** …"',
    id: 'emphasis-run',
    bench: 32 * 1024,
    slice: 16 * 1024,
    text: (bytes: number) => `${repeat('_a_ **b** ', bytes - 1).trimEnd()}\n`
  },
  {
    // Resolved like emphasis, by GFM's strikethrough: quadratic in the number
    // of struck-through words until patched (patches/README.md).
    name: 'one paragraph of strikethrough "~a~ ~~b~~ …"',
    id: 'strikethrough-run',
    bench: 32 * 1024,
    slice: 16 * 1024,
    text: (bytes: number) => `${repeat('~a~ ~~b~~ ', bytes - 1).trimEnd()}\n`
  },
  {
    // Found by fuzzing: an unclosed link destination `<` after every label,
    // repeated on one line.
    name: 'one line of unclosed links "[a](<b[a](<b…"',
    id: 'unclosed-link-destination',
    bench: 16 * 1024,
    slice: 16 * 1024,
    text: (bytes: number) => `${repeat('[a](<b', bytes - 1)}\n`
  },
  {
    name: 'list items',
    id: 'list-items',
    bench: 128 * 1024,
    slice: 32 * 1024,
    text: (bytes: number) => repeat('- We post on Facebook every day to get more likes\n', bytes)
  }
]

/** `unit` repeated until the text is at least `bytes` long (ASCII units: bytes = characters). */
function repeat(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)))
}

export function familyById(id: string): ScalingFamily {
  const family = families.find((candidate) => candidate.id === id)
  if (!family)
    throw new Error(`No scaling family \`${id}\`; known: ${families.map((f) => f.id).join(', ')}`)
  return family
}
