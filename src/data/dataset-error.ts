/** A step of a path through the JSON: an object's key or an array's index. */
export type PathKey = string | number

/**
 * One thing wrong with the dataset: where, as a readable path (`facts[3].value`) and as keys (to find
 * it in the file's text), and what, as "expected …, found …".
 */
export type Problem = { path: string; keys: PathKey[]; message: string }

export type DatasetErrorKind = 'not-found' | 'http' | 'network' | 'timeout' | 'malformed-json' | 'schema'

/** Why the dataset could not be shown; the error panel says which kind, in the reader's language. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind
  readonly problems: Problem[]
  readonly status: number | undefined
  /** The file as read, where known: the error panel finds each problem's line and column in it. */
  readonly text: string | undefined

  constructor(
    kind: DatasetErrorKind,
    message: string,
    options: { problems?: Problem[]; status?: number; text?: string } = {},
  ) {
    super(message)
    this.name = 'DatasetError'
    this.kind = kind
    this.problems = options.problems ?? []
    this.status = options.status
    this.text = options.text
  }
}
