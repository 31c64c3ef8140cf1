import type { Page } from 'playwright-core'
import { listOf, type Scope } from '../report.ts'

/** No sideways scrolling: the document is no wider than the window. Names what sticks out if it is. */
export async function checkNoHorizontalScroll(scope: Scope, page: Page, what: string): Promise<void> {
  const result = await page.evaluate(() => {
    const width = window.innerWidth
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : ''
      const className = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).slice(0, 3).join('.')}` : ''
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
      return `<${element.tagName.toLowerCase()}${id}${className}> "${text}" right edge ${Math.round(element.getBoundingClientRect().right)} px`
    }
    // Content inside a scrolling or clipping box (a wide table in its scroller) cannot widen the page.
    const isContained = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true
      }
      return false
    }
    // The outermost elements that stick out: their children would only repeat them.
    const wide = [...document.body.querySelectorAll('*')].filter(
      (element) => element.getBoundingClientRect().right > width + 0.5 && !isContained(element),
    )
    const outermost = wide.filter((element) => !wide.some((other) => other !== element && other.contains(element)))
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits: outermost.slice(0, 6).map(describe) }
  })
  scope.expect(
    'overflow',
    result.scrollWidth <= result.width,
    `no horizontal scroll on ${what} (scrollWidth <= ${result.width})`,
    () => `scrollWidth ${result.scrollWidth}; sticking out: ${listOf(result.culprits)}`,
  )
}
