// Every regular expression written in whatfor's sources, found with the
// TypeScript parser (so a `/` in a comment, a string or a division is never
// taken for one): regex literals, and `RegExp(…)` / `new RegExp(…)` calls.
// A call whose pattern is a plain string is as good as a literal; one whose
// pattern is built at run time is returned as `dynamic`, for the ReDoS check
// to require a reason or the concrete patterns it can build.
import {type Dirent, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'

/** A pattern known before run time, or a `RegExp` call that builds one while running. */
export type FoundRegex =
  | {readonly file: string; readonly line: number; readonly source: string; readonly flags: string}
  | {readonly file: string; readonly line: number; readonly dynamic: string}

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Folders whose sources are checked (relative to the repository root). */
const SOURCE_FOLDERS = [
  {group: 'packages', under: 'src'},
  {group: 'packages', under: 'bin'},
  {group: 'packages', under: 'scripts'},
  {group: 'rules', under: '.'}
]
const SKIPPED = new Set(['node_modules', 'dist', 'test', 'bin', 'bundle'])
const EXTENSIONS = /\.(?:[cm]?ts|[cm]?js)$/

/** The source files the check covers, sorted, relative to the root. */
export function sourceFiles(): string[] {
  const files: string[] = []
  for (const {group, under} of SOURCE_FOLDERS) {
    for (const entry of readdirSync(path.join(root, group), {withFileTypes: true})) {
      if (!entry.isDirectory()) continue
      files.push(...walk(path.join(root, group, entry.name, under)))
    }
  }
  files.push(...walk(path.join(root, 'scripts')))
  return files
    .filter((file) => !file.endsWith('.d.ts'))
    .map((file) => path.relative(root, file))
    .sort()
}

function walk(dir: string): string[] {
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, {withFileTypes: true})
  } catch {
    return []
  }
  const found: string[] = []
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) found.push(...walk(full))
    } else if (EXTENSIONS.test(entry.name)) {
      found.push(full)
    }
  }
  return found
}

/**
 * The regular expressions of one file: `{file, line, source, flags}` for a
 * pattern known before run time, `{file, line, dynamic: text}` for one that
 * is built while running (`text` is the call as written).
 */
export function regexesIn(file: string): FoundRegex[] {
  const text = readFileSync(path.join(root, file), 'utf8')
  const kind = /\.[cm]?ts$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JS
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind)
  const found: FoundRegex[] = []
  const lineOf = (node: ts.Node) =>
    sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText()
      const slash = literal.lastIndexOf('/')
      found.push({
        file,
        line: lineOf(node),
        source: literal.slice(1, slash),
        flags: literal.slice(slash + 1)
      })
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? []
      const constant = (argument: ts.Expression | undefined) =>
        argument && (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument))
          ? argument.text
          : undefined
      const source = constant(pattern)
      const flagText = flags === undefined ? '' : constant(flags)
      if (source !== undefined && flagText !== undefined)
        found.push({file, line: lineOf(node), source, flags: flagText})
      else found.push({file, line: lineOf(node), dynamic: node.getText()})
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return found
}

export function allRegexes(): FoundRegex[] {
  return sourceFiles().flatMap(regexesIn)
}
