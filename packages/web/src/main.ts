import workerSource from 'whatfor:worker-source'
import {LintClient} from './client.js'
import {countsOf, findingsAsMarkdown} from './export.js'
import {readDroppedFile} from './files.js'
import type {PageFinding} from './findings.js'
import {Backdrop} from './highlight.js'
import type {LintResult} from './lint.js'
import {renderFindings, renderSummary} from './render.js'

/**
 * The page: the editor, the findings beside it, the summary panel and the
 * exports. All linting happens in a worker made from a script this page
 * carries (a Blob URL, so the page also works opened from disk); nothing is
 * fetched after load.
 */
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

const textarea = byId<HTMLTextAreaElement>('plan')
const backdropElement = byId<HTMLDivElement>('backdrop')
const backdrop = new Backdrop(backdropElement)
const editor = byId<HTMLDivElement>('editor')
const list = byId<HTMLOListElement>('findings')
const status = byId<HTMLParagraphElement>('status')
const sourceNote = byId<HTMLParagraphElement>('source-note')
const fileInput = byId<HTMLInputElement>('file')
const summaryParts = {
  purpose: byId<HTMLElement>('summary-purpose'),
  audience: byId<HTMLElement>('summary-audience'),
  channels: byId<HTMLElement>('summary-channels')
}

/** The name findings are reported under: the opened file's, or plan.md for pasted text. */
let fileName = 'plan.md'
/** The text of the `.docx` as converted, while the reader has not edited it. */
let convertedDocx: {name: string; markdown: string} | undefined
let shown: LintResult | undefined
let shownSignature = ''
let shownCounts = ''
/** When the last keystroke happened (event time), until its findings are on screen. */
let keystrokeAt: number | undefined

const worker = new Worker(URL.createObjectURL(new Blob([workerSource], {type: 'text/javascript'})))
const client = new LintClient(worker, show, (message) => {
  setNote(`Something went wrong while checking the plan: ${message}`, true)
  setState('current')
})

function lintNow(): void {
  setState('linting')
  client.lint(textarea.value, fileName)
}

textarea.addEventListener('input', (event) => {
  keystrokeAt = event.timeStamp
  // Marks no longer line up with the text: hide them until the next findings.
  backdrop.stale()
  if (convertedDocx && textarea.value !== convertedDocx.markdown) {
    setNote(
      `Edited since it was opened from ${convertedDocx.name}: findings give line numbers of the text here.`
    )
    convertedDocx = undefined
  }
  lintNow()
})
textarea.addEventListener('scroll', () => {
  backdropElement.scrollTop = textarea.scrollTop
})

function show(result: LintResult): void {
  const current = result.text === textarea.value
  if (!current) return
  shown = result
  const signature = JSON.stringify(
    result.findings.map((finding) => [
      finding.ruleId,
      finding.reason,
      finding.start.offset,
      finding.end?.offset,
      finding.wordParagraph
    ])
  )
  if (signature !== shownSignature) {
    renderFindings(list, result.findings, {jump, copy})
    shownSignature = signature
  }
  backdrop.render(result.text, result.findings)
  backdropElement.scrollTop = textarea.scrollTop
  renderSummary(result.summary, summaryParts, jumpToOffset)
  const counts =
    result.text.trim() === '' ? 'No plan yet.' : `${capitalise(countsOf(result.findings))}.`
  // Announced to screen readers only when the counts change, not on every keystroke.
  if (counts !== shownCounts) {
    status.textContent = counts
    shownCounts = counts
  }
  setState('current')
  if (keystrokeAt !== undefined) {
    // Style and layout of the new findings are part of the wait: force them now.
    void list.offsetHeight
    const now = performance.now()
    performance.measure('whatfor:keystroke-to-findings', {start: keystrokeAt, end: now})
    // The part of that wait the worker spent linting (its duration; the start is approximate).
    performance.measure('whatfor:lint-in-worker', {
      start: now - result.lintMs,
      duration: result.lintMs
    })
    keystrokeAt = undefined
  }
}

/** `data-lint-state` on the body: `current` when the findings shown are for the text shown. */
function setState(state: 'linting' | 'current'): void {
  document.body.dataset.lintState = state
}

function jump(index: number): void {
  const finding = shown?.findings[index]
  if (!finding) return
  showInEditor(finding.start.offset, finding.end?.offset ?? finding.start.offset)
  backdrop.markCurrent(index)
}

function jumpToOffset(offset: number): void {
  showInEditor(offset, offset)
  backdrop.markCurrent(undefined)
}

/** Select a passage in the editor and scroll it to a third of the way down. */
function showInEditor(start: number, end: number): void {
  textarea.focus({preventScroll: true})
  textarea.setSelectionRange(start, end)
  const top = backdrop.topOf(start)
  if (top !== undefined) textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3)
  backdropElement.scrollTop = textarea.scrollTop
}

function copy(text: string, button: HTMLButtonElement): void {
  void writeClipboard(text).then((done) => {
    const label = button.textContent
    button.textContent = done ? 'Copied' : 'Copy failed: select the text and copy it'
    setTimeout(() => {
      button.textContent = label
    }, 2000)
  })
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

// Exports.
function baseName(): string {
  return fileName.replace(/\.[^.]*$/, '') || 'plan'
}
function currentFindings(): readonly PageFinding[] {
  return shown && shown.text === textarea.value ? shown.findings : []
}
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], {type}))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
byId<HTMLButtonElement>('copy-markdown').addEventListener('click', (event) => {
  copy(findingsAsMarkdown(fileName, currentFindings()), event.currentTarget as HTMLButtonElement)
})
byId<HTMLButtonElement>('download-markdown').addEventListener('click', () => {
  download(
    `${baseName()}-whatfor.md`,
    'text/markdown',
    findingsAsMarkdown(fileName, currentFindings())
  )
})
byId<HTMLButtonElement>('download-json').addEventListener('click', () => {
  const json = shown && shown.text === textarea.value ? shown.json : '[]'
  download(`${baseName()}-whatfor.json`, 'application/json', json)
})

// Opening and dropping files.
async function open(file: File): Promise<void> {
  setState('linting')
  const read = await readDroppedFile(file, (bytes) => client.convert(file.name, bytes))
  if ('problem' in read) {
    setNote(read.problem, true)
    setState('current')
    return
  }
  fileName = file.name
  textarea.value = read.text
  convertedDocx = read.fromDocx ? {name: file.name, markdown: read.text} : undefined
  setNote(
    read.fromDocx
      ? `Opened ${file.name}, converted from Word: findings give Word paragraph numbers (paragraphs with text, counted from the top, table cells included).`
      : `Opened ${file.name}.`
  )
  textarea.scrollTop = 0
  lintNow()
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0]
  if (file) void open(file)
  fileInput.value = ''
})

// Anywhere on the page: a file dropped outside the editor would otherwise
// make the browser open it in place of the page.
let dragDepth = 0
document.addEventListener('dragenter', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return
  dragDepth++
  editor.classList.add('dragging')
})
document.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1)
  if (dragDepth === 0) editor.classList.remove('dragging')
})
document.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault()
})
document.addEventListener('drop', (event) => {
  const file = event.dataTransfer?.files[0]
  dragDepth = 0
  editor.classList.remove('dragging')
  if (!file) return
  event.preventDefault()
  void open(file)
})

function setNote(text: string, problem = false): void {
  sourceNote.textContent = text
  sourceNote.classList.toggle('problem', problem)
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

setState('current')
if (textarea.value !== '') lintNow()
