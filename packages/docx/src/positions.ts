import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {type ParagraphAnchor, wordPoint} from './paragraphs.js'

type Place = NonNullable<VFile['messages'][number]['place']>
type Point = {line: number; column: number; offset?: number}

/** `file.data.whatforPositions` on a file whose messages give Word paragraphs. */
export const WORD_PARAGRAPHS = 'word-paragraphs'

/**
 * Give every message of a converted `.docx` its place in Word: `line` becomes
 * the paragraph number and `column` the character in that paragraph (see
 * paragraphs.ts). `markdown` is the text the messages were made on.
 */
export function toWordPositions(
  file: VFile,
  markdown: string,
  anchors: readonly ParagraphAnchor[]
): void {
  const lines = location(markdown)
  const toWord = (point: Point): Point => {
    const offset = point.offset ?? lines.toOffset(point)
    return wordPoint(anchors, offset ?? 0)
  }
  for (const message of file.messages) {
    const place = message.place
    if (!place) continue
    const mapped: Place =
      'start' in place ? {start: toWord(place.start), end: toWord(place.end)} : toWord(place)
    const start = 'start' in mapped ? mapped.start : mapped
    message.place = mapped
    message.line = start.line
    message.column = start.column
  }
  ;(file.data as Record<string, unknown>).whatforPositions = WORD_PARAGRAPHS
}
