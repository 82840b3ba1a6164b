import type {Segment} from './raw-block.js'

/**
 * Block text built piece by piece, each piece remembering where it starts in
 * the source: markup between pieces is not in the text, so a text offset maps
 * back through the piece it falls in. The pieces are joined once, at the end.
 */
export class SegmentedText {
  readonly segments: Segment[] = []
  private readonly pieces: string[] = []
  private size = 0

  append(value: string, sourceStart: number): void {
    this.segments.push({textStart: this.size, sourceStart})
    this.pieces.push(value)
    this.size += value.length
  }

  toString(): string {
    return this.pieces.join('')
  }

  /** The segments, in an array of their own size (a growing array keeps spare room). */
  finish(): Segment[] {
    return this.segments.slice()
  }
}

/** The last segment that starts at or before `textOffset` (the first when none does). */
function segmentAt(segments: readonly Segment[], textOffset: number): number {
  let low = 0
  let high = segments.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (segments[middle]!.textStart <= textOffset) low = middle
    else high = middle - 1
  }
  return low
}

/** Map an offset in block text back to the source. */
export function toSource(segments: readonly Segment[], textOffset: number): number {
  const segment = segments[segmentAt(segments, textOffset)]
  return segment ? segment.sourceStart + (textOffset - segment.textStart) : 0
}

/**
 * `toSource` for offsets read in order, as a tokenizer reads them: the segment
 * found last is where the search resumes, so a block costs one pass over its
 * segments. An offset before it falls back to a search.
 */
export function sourceMapper(segments: readonly Segment[]): (textOffset: number) => number {
  let at = 0
  return (textOffset) => {
    if (segments.length === 0) return 0
    if (segments[at]!.textStart > textOffset) at = segmentAt(segments, textOffset)
    while (at + 1 < segments.length && segments[at + 1]!.textStart <= textOffset) at++
    const segment = segments[at]!
    return segment.sourceStart + (textOffset - segment.textStart)
  }
}

/**
 * The segments of the text from `from` to `to`, moved to start at 0: the
 * first begins where `from` maps to; those starting inside follow.
 */
export function segmentsBetween(
  segments: readonly Segment[],
  from: number,
  to: number,
  fromSource: number
): Segment[] {
  const inside: Segment[] = [{textStart: 0, sourceStart: fromSource}]
  let index = segments.length === 0 ? 0 : segmentAt(segments, from)
  while (index < segments.length && segments[index]!.textStart <= from) index++
  for (; index < segments.length && segments[index]!.textStart < to; index++) {
    const segment = segments[index]!
    inside.push({textStart: segment.textStart - from, sourceStart: segment.sourceStart})
  }
  return inside
}
