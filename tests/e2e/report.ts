/** One expectation that did not hold, worded as "expected …, found …". */
export type Failure = { scope: string; check: string; message: string }

type Tally = { passed: number; failed: number }

/** Collects every check's outcome, so one broken page never hides what the others found. */
export class Report {
  readonly failures: Failure[] = []
  readonly tallies = new Map<string, Tally>()
  readonly timings: { scope: string; ms: number }[] = []

  scope(name: string): Scope {
    return new Scope(name, this)
  }

  record(check: string, failure: Failure | null) {
    const tally = this.tallies.get(check) ?? { passed: 0, failed: 0 }
    if (failure) {
      tally.failed += 1
      this.failures.push(failure)
    } else {
      tally.passed += 1
    }
    this.tallies.set(check, tally)
  }

  get checkCount(): number {
    let total = 0
    for (const { passed, failed } of this.tallies.values()) total += passed + failed
    return total
  }
}

/** The checks of one page state, named like `nev @390x844 dark`. */
export class Scope {
  constructor(
    readonly name: string,
    private readonly report: Report,
  ) {}

  /** Records a pass when `ok`, else a failure saying what was expected and what was found. */
  expect(check: string, ok: boolean, expected: string, found: string | (() => string)): boolean {
    if (ok) {
      this.report.record(check, null)
    } else {
      const foundText = typeof found === 'function' ? found() : found
      this.report.record(check, { scope: this.name, check, message: `expected ${expected}, found ${foundText}` })
    }
    return ok
  }

  /** Runs a check; an exception (a timeout, a missing element) becomes that check's failure. */
  async run(check: string, body: () => Promise<void>): Promise<void> {
    try {
      await body()
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
      this.expect(check, false, 'the check to complete', `an error: ${message}`)
    }
  }

  /** Runs the whole state and notes how long it took. */
  async timed(body: () => Promise<void>): Promise<void> {
    const start = performance.now()
    try {
      await body()
    } finally {
      this.report.timings.push({ scope: this.name, ms: performance.now() - start })
    }
  }
}

export function formatFailure(failure: Failure): string {
  return `${failure.scope} [${failure.check}]: ${failure.message}`
}

/** Failures with the same check and message merged into one, its scope listing every page state. */
export function groupFailures(failures: readonly Failure[]): Failure[] {
  const groups = new Map<string, { first: Failure; scopes: string[] }>()
  for (const failure of failures) {
    const key = `${failure.check}\u0000${failure.message}`
    const group = groups.get(key)
    if (group) group.scopes.push(failure.scope)
    else groups.set(key, { first: failure, scopes: [failure.scope] })
  }
  return [...groups.values()].map(({ first, scopes }) => ({
    ...first,
    scope: scopes.length === 1 ? first.scope : `${scopes.join(', ')} (${scopes.length} states)`,
  }))
}

/** A list for a failure message: the first few items, then how many more. */
export function listOf(items: readonly string[], max = 8): string {
  if (items.length === 0) return '(none)'
  const shown = items.slice(0, max).join('; ')
  return items.length > max ? `${shown}; …and ${items.length - max} more` : shown
}
