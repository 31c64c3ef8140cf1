/** One thing wrong with the dataset, located by its path in the JSON (`facts[3].value`). */
export type Problem = { path: string; message: string }

export type DatasetErrorKind = 'not-found' | 'http' | 'network' | 'timeout' | 'malformed-json' | 'schema'

/** Why the dataset could not be shown; the error panel says which kind, in the reader's language. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind
  readonly problems: Problem[]
  readonly status: number | undefined

  constructor(kind: DatasetErrorKind, message: string, options: { problems?: Problem[]; status?: number } = {}) {
    super(message)
    this.name = 'DatasetError'
    this.kind = kind
    this.problems = options.problems ?? []
    this.status = options.status
  }
}
