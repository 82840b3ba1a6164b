import {realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {glob, hasMagic} from 'glob'
import {VFile} from 'vfile'

/**
 * "Nothing to lint" is an error, as in ESLint: a folder with no plans or a
 * glob that matches nothing exits 2 naming the pattern, so a typo in a CI
 * job does not pass forever. `--no-error-on-unmatched-pattern` (ESLint's
 * name) allows it; hooks pass it, since every file they are given may be one
 * the ignore file excludes.
 *
 * Globs are expanded here, with the glob package and options unified-engine
 * uses, and the engine gets the paths they match: the same files are found,
 * and each pattern knows its paths. Whether a folder held a plan is known
 * only once the engine has searched it (ignore files, extensions), so that
 * is checked against the files it reports.
 */
export interface Pattern {
  /** As the user typed it. */
  readonly given: string
  /** The paths it stands for: itself, or what the glob matched. */
  readonly paths: readonly string[]
  /** Why it stands for nothing, when it does. */
  readonly nothing?: string
}

export async function expandPatterns(given: readonly string[], cwd: string): Promise<Pattern[]> {
  return Promise.all(
    given.map(async (pattern): Promise<Pattern> => {
      // A path that exists is itself, even with glob characters in its name
      // (`plans/[draft] q3.md`, as a hook passes it).
      if (exists(path.resolve(cwd, pattern))) return {given: pattern, paths: [pattern]}
      if (!hasMagic(pattern)) {
        return {given: pattern, paths: [], nothing: 'there is no such file or folder'}
      }
      const paths = await glob(pattern, {cwd})
      return paths.length > 0
        ? {given: pattern, paths: paths.sort()}
        : {given: pattern, paths, nothing: 'no file matches it'}
    })
  )
}

function exists(file: string): boolean {
  try {
    return statSync(file, {throwIfNoEntry: false}) !== undefined
  } catch {
    // Not missing: a folder it cannot look into. The engine reports it on the file.
    return true
  }
}

/**
 * The paths to hand unified-engine. The engine globs every string with glob
 * characters in it (and takes an escaped one literally, backslashes and
 * all), so such a path goes as a file, which it never globs.
 */
export function enginePaths(patterns: readonly Pattern[]): Array<string | VFile> {
  return patterns.flatMap((pattern) =>
    pattern.paths.map((file) => (hasMagic(file) ? new VFile({path: file}) : file))
  )
}

/**
 * The patterns none of whose paths led to a reported file. A file counts for
 * a path when it is the path or lies under it, by name or, for a file the
 * engine reported under another name (two paths to one file), by real path.
 */
export function unmatchedPatterns(
  patterns: readonly Pattern[],
  files: readonly VFile[],
  cwd: string
): Pattern[] {
  const unmatched = patterns.filter((pattern) => pattern.nothing !== undefined)
  const searched = patterns.filter((pattern) => pattern.nothing === undefined)
  if (searched.length === 0) return unmatched
  const reported = files.filter((file) => file.path).map((file) => path.resolve(cwd, file.path))
  const byName = withFolders(reported)
  let byRealPath: Set<string> | undefined
  for (const pattern of searched) {
    const roots = pattern.paths.map((file) => path.resolve(cwd, file))
    if (roots.some((root) => byName.has(root))) continue
    byRealPath ??= withFolders(reported.map(realPath))
    if (roots.some((root) => byRealPath!.has(realPath(root)))) continue
    unmatched.push(pattern)
  }
  return unmatched
}

/** One line naming every unmatched pattern and why. */
export function describeUnmatched(
  patterns: readonly Pattern[],
  extensions: readonly string[]
): string {
  const kinds = extensions.map((extension) => `.${extension}`)
  const fileKinds =
    kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}` : (kinds[0] ?? '')
  const reasons = patterns.map(
    (pattern) =>
      `\`${pattern.given}\` (${pattern.nothing ?? `no ${fileKinds} file there that the ignore file lets through`})`
  )
  return `Nothing to lint for ${reasons.join(', ')}; check the path, or pass --no-error-on-unmatched-pattern to allow it`
}

/** The paths and every folder above each of them. */
function withFolders(paths: readonly string[]): Set<string> {
  const set = new Set<string>()
  for (const file of paths) {
    let current = file
    while (!set.has(current)) {
      set.add(current)
      const parent = path.dirname(current)
      if (parent === current) break
      current = parent
    }
  }
  return set
}

function realPath(file: string): string {
  try {
    return realpathSync.native(file)
  } catch {
    return file
  }
}
