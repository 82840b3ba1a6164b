export {type ConvertedDocx, DocxError, docxToMarkdown} from './convert.js'
export {type ParagraphAnchor, type WordPoint, wordPoint} from './paragraphs.js'
export {toWordPositions, WORD_PARAGRAPHS} from './positions.js'
