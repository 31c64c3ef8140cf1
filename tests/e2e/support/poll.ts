import { expect } from '@playwright/test'

/**
 * expect.poll, asking every 25 to 200 ms: a settled state is seen soon after it comes, not up to a
 * second later (expect.poll's own intervals grow to 1 s), without reading the page every frame.
 */
const INTERVALS = [25, 50, 100, 200]

export function poll<T>(read: () => T | Promise<T>, message: string) {
  return expect.poll(read, { message, intervals: INTERVALS })
}
