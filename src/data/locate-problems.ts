import type { PathKey, Problem } from '@/data/dataset-error'

// Finds where each problem is in the dataset file, as line and column, so the validator and the
// browser's error panel can both say `412:18 facts[12].value: expected a number, found "45"`.
//
// Hand-written rather than a JSON parser with positions (jsonc-parser's parseTree and
// findNodeAtLocation): it runs in the browser, in the lazily loaded error panel, where it costs about
// 0.9 kB gzip against jsonc-parser's 3.7 kB; and it builds no tree, so a file of 100,000 facts is
// read once, at the speed of a scan, for however many problems. The text has already passed
// JSON.parse; anything unexpected in it stops the search, and what was found so far is used.

type Location = { line: number; column: number }
export type LocatedProblem = Problem & { location?: Location }

/**
 * Each problem with the line and column (from 1) of its value in `text`, or of the nearest object
 * around it (a missing field is shown at the object that lacks it), in the order of the file.
 */
export function locateProblems(problems: Problem[], text: string | undefined): LocatedProblem[] {
  if (text === undefined) return problems
  const offsets = findOffsets(
    text,
    problems.map((problem) => problem.keys),
  )
  const locations = toLocations(text, offsets)
  return problems
    .map((problem, index) => ({ ...problem, location: locations[index], offset: offsets[index] as number }))
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset: _offset, ...problem }) => problem)
}

/** `412:18 facts[12].value: expected a number, found "45"`, as the validator and the panel write it. */
export function formatProblem(problem: LocatedProblem): string {
  const at = problem.location ? `${problem.location.line}:${problem.location.column} ` : ''
  return `${at}${problem.path}: ${problem.message}`
}

/** A node of the paths asked for: where its value starts in the text (-1 until found), and the keys below it. */
type Wanted = { offset: number; children: Map<string, Wanted> }

const newNode = (): Wanted => ({ offset: -1, children: new Map() })

/** The offset of each path's value, or of the deepest part of the path that is in the text. */
export function findOffsets(text: string, paths: readonly (readonly PathKey[])[]): number[] {
  const root = newNode()
  const nodes = paths.map((keys) => {
    const trail = [root]
    for (const key of keys) {
      const parent = trail[trail.length - 1] as Wanted
      let child = parent.children.get(String(key))
      if (!child) parent.children.set(String(key), (child = newNode()))
      trail.push(child)
    }
    return trail
  })
  try {
    new Scanner(text).value(root)
  } catch (error) {
    if (!(error instanceof Stop)) throw error
  }
  return nodes.map((trail) => trail.findLast((node) => node.offset >= 0)?.offset ?? 0)
}

/** Thrown where the text is not the JSON expected: the search ends there. */
class Stop extends Error {}

/** Reads JSON text just far enough: into the objects and arrays on a wanted path, over everything else. */
class Scanner {
  private at = 0
  private readonly text: string

  constructor(text: string) {
    this.text = text
  }

  value(node: Wanted) {
    this.space()
    node.offset = this.at
    const char = this.text[this.at]
    if (node.children.size === 0) this.skipValue()
    else if (char === '{') this.object(node)
    else if (char === '[') this.array(node)
    else this.skipValue()
  }

  private object(node: Wanted) {
    this.at++ // {
    this.space()
    if (this.take('}')) return
    do {
      this.space()
      const key = this.string()
      this.space()
      if (!this.take(':')) throw new Stop()
      const child = node.children.get(key)
      // A key given twice counts as JSON.parse counts it: the last one.
      if (child) this.value(child)
      else this.skipValue()
      this.space()
    } while (this.take(','))
    if (!this.take('}')) throw new Stop()
  }

  private array(node: Wanted) {
    this.at++ // [
    this.space()
    if (this.take(']')) return
    let index = 0
    do {
      const child = node.children.get(String(index++))
      if (child) this.value(child)
      else this.skipValue()
      this.space()
    } while (this.take(','))
    if (!this.take(']')) throw new Stop()
  }

  /** A key: read as JSON.parse reads it only when it has escapes. */
  private string(): string {
    const start = this.at
    this.skipString()
    const raw = this.text.slice(start, this.at)
    return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1)
  }

  private skipString() {
    if (this.text[this.at] !== '"') throw new Stop()
    for (this.at++; this.at < this.text.length; this.at++) {
      const char = this.text[this.at]
      if (char === '\\') this.at++
      else if (char === '"') {
        this.at++
        return
      }
    }
    throw new Stop()
  }

  /** Any value, however deep, without recursion. */
  private skipValue() {
    this.space()
    const first = this.text[this.at]
    if (first === '"') return this.skipString()
    if (first !== '{' && first !== '[') {
      // A number, true, false or null: up to the next space, comma or closing bracket.
      const start = this.at
      while (
        this.at < this.text.length &&
        !isSpace(this.text.charCodeAt(this.at)) &&
        !',]}'.includes(this.text[this.at] as string)
      )
        this.at++
      if (this.at === start) throw new Stop()
      return
    }
    let depth = 0
    do {
      const char = this.text[this.at]
      if (char === '"') {
        this.skipString()
        continue
      }
      if (char === '{' || char === '[') depth++
      else if (char === '}' || char === ']') depth--
      this.at++
    } while (depth > 0 && this.at < this.text.length)
    if (depth > 0) throw new Stop()
  }

  private space() {
    while (isSpace(this.text.charCodeAt(this.at))) this.at++
  }

  private take(char: string): boolean {
    if (this.text[this.at] !== char) return false
    this.at++
    return true
  }
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13

/** Offsets as lines and columns (from 1), in one pass over the text however many there are. */
function toLocations(text: string, offsets: number[]): Location[] {
  const locations: Location[] = Array.from({ length: offsets.length })
  const order = offsets.map((_, index) => index).sort((a, b) => (offsets[a] as number) - (offsets[b] as number))
  let line = 1
  let lineStart = 0
  let at = 0
  for (const index of order) {
    const offset = offsets[index] as number
    for (; at < offset; at++) {
      if (text.charCodeAt(at) === 10) {
        line++
        lineStart = at + 1
      }
    }
    locations[index] = { line, column: offset - lineStart + 1 }
  }
  return locations
}
