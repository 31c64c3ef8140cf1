import type { FullResult, Reporter, TestCase, TestResult, TestStep } from '@playwright/test/reporter'

/**
 * Counts what the run checked: tests, and the expect() calls they made (soft and polled ones
 * included, each once however often it retried; the health check after each test included).
 */
export default class AssertionTally implements Reporter {
  private tests = 0
  private assertions = 0
  private failedAssertions = 0

  onStepEnd(_test: TestCase, _result: TestResult, step: TestStep) {
    if (step.category !== 'expect' || step.parent?.category === 'expect') return
    this.assertions += 1
    if (step.error) this.failedAssertions += 1
  }

  onTestEnd(_test: TestCase, result: TestResult) {
    if (result.status !== 'skipped') this.tests += 1
  }

  onEnd(_result: FullResult) {
    const failed = this.failedAssertions > 0 ? `, ${this.failedAssertions} failed` : ''
    console.log(`\nAssertions: ${this.assertions} expect() calls in ${this.tests} tests${failed}`)
  }

  printsToStdio() {
    return true
  }
}
