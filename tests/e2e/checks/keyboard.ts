import type { Page } from 'playwright-core'
import { TAB_SPECS, type TabSpec } from '../config.ts'
import { listOf, type Scope } from '../report.ts'
import { waitUntil } from './wait.ts'

/** Where keyboard focus is, as a reader would name it, and whether they can see it. */
type FocusStop = {
  role: string
  name: string
  /** The legend of the fieldset the control is in ("Language", "Kind"). */
  group: string
  isFilter: boolean
  checked: boolean | null
  selected: boolean
  /** The focus ring: on the element, or on its label when the control itself is visually hidden. */
  ring: { isVisible: boolean; on: string; outline: string; shadow: string }
  box: { width: number; height: number; isOnScreen: boolean }
}

const MAX_TAB_PRESSES = 40

const describeStop = (stop: FocusStop) =>
  `${stop.role} "${stop.name}"${stop.group ? ` in "${stop.group}"` : ''}${stop.isFilter ? ' (filter)' : ''}`

/**
 * Keyboard only, from the top of a freshly loaded page: Tab reaches the skip link, the language
 * and theme choices, the tablist (one stop) and the filters, with a visible focus ring at every
 * stop; Space toggles a filter; the tabs pattern's arrow keys move the selection and the link; the
 * skip link moves focus to the main content.
 */
export async function checkKeyboard(scope: Scope, page: Page, spec: TabSpec): Promise<void> {
  const stops: FocusStop[] = []
  for (let press = 0; press < MAX_TAB_PRESSES; press += 1) {
    await page.keyboard.press('Tab')
    const stop = await focusStop(page)
    if (!stop) break
    stops.push(stop)
    if (stop.isFilter && stop.role === 'checkbox') break
  }
  const sequence = () => listOf(stops.map(describeStop), 30)

  const first = stops[0]
  scope.expect(
    'keyboard',
    first?.role === 'link' && first.name === 'Skip to content',
    'the first Tab to reach the link "Skip to content"',
    first ? describeStop(first) : 'no focus',
  )
  scope.expect(
    'keyboard',
    first !== undefined && first.box.isOnScreen && first.box.width > 1 && first.box.height > 1,
    'the focused skip link to be shown on screen',
    () => `a ${first?.box.width ?? 0}×${first?.box.height ?? 0} px box${first?.box.isOnScreen ? '' : ' off screen'}`,
  )

  const positions = {
    language: stops.findIndex((s) => s.role === 'radio' && s.group === 'Language'),
    theme: stops.findIndex((s) => s.role === 'radio' && s.group === 'Theme'),
    tab: stops.findIndex((s) => s.role === 'tab'),
    filter: stops.findIndex((s) => s.isFilter && s.role === 'checkbox'),
  }
  for (const [what, index] of Object.entries(positions)) {
    scope.expect('keyboard', index >= 0, `Tab to reach the ${what} control`, () => `the Tab sequence: ${sequence()}`)
  }
  const inOrder = [0, positions.language, positions.theme, positions.tab, positions.filter].every(
    (index, i, all) => i === 0 || index > (all[i - 1] ?? 0),
  )
  scope.expect('keyboard', inOrder, 'the order skip link, language, theme, tablist, filters', sequence)
  const tabStops = stops.filter((s) => s.role === 'tab')
  scope.expect('keyboard', tabStops.length === 1, 'the tablist to be one Tab stop', `${tabStops.length}: ${listOf(tabStops.map(describeStop))}`)
  if (tabStops[0]) {
    scope.expect('keyboard', tabStops[0].selected, 'Tab to land on the selected tab', describeStop(tabStops[0]))
  }

  const unringed = stops.filter((s) => !s.ring.isVisible)
  scope.expect('keyboard', unringed.length === 0, 'a visible focus ring (outline or box-shadow) at every Tab stop', () =>
    `${unringed.length} without: ${listOf(unringed.map((s) => `${describeStop(s)} [outline: ${s.ring.outline}; box-shadow: ${s.ring.shadow} on ${s.ring.on}]`))}`,
  )

  if (positions.filter >= 0) await checkSpaceToggles(scope, page)
  await checkTabKeys(scope, page, spec)
  await checkSkipLink(scope, page)
}

/** Space on the focused filter checkbox ticks it and writes the link; Space again undoes both. */
async function checkSpaceToggles(scope: Scope, page: Page) {
  const before = await focusStop(page)
  const searchBefore = new URL(page.url()).search
  await page.keyboard.press('Space')
  const toggled = await waitUntil(async () => (await focusStop(page))?.checked === !before?.checked)
  const after = await focusStop(page)
  const name = before ? describeStop(before) : 'the filter'
  scope.expect('keyboard', toggled, `Space to toggle ${name} to ${before?.checked ? 'unchecked' : 'checked'}`, () =>
    `checked = ${String(after?.checked)}`,
  )
  scope.expect('keyboard', new URL(page.url()).search !== searchBefore, `Space on ${name} to change the URL`, `"${page.url()}"`)
  await page.keyboard.press('Space')
  const restored = await waitUntil(async () => new URL(page.url()).search === searchBefore)
  scope.expect('keyboard', restored, `Space again on ${name} to restore the URL "${searchBefore}"`, `"${page.url()}"`)
}

/** The tabs pattern: ArrowRight/ArrowLeft step (and wrap), Home/End jump; selection and ?tab= follow. */
async function checkTabKeys(scope: Scope, page: Page, spec: TabSpec) {
  let reached = false
  for (let press = 0; press < MAX_TAB_PRESSES && !reached; press += 1) {
    await page.keyboard.press('Shift+Tab')
    reached = (await focusStop(page))?.role === 'tab'
  }
  if (!scope.expect('keyboard', reached, 'Shift+Tab from the filters to reach the tablist', 'it never did')) return

  const start = TAB_SPECS.findIndex((s) => s.id === spec.id)
  const last = TAB_SPECS.length - 1
  const moves: [key: string, target: number][] = [
    ['ArrowRight', start === last ? 0 : start + 1],
    ['ArrowLeft', start],
    ['End', last],
    ['Home', 0],
  ]
  for (const [key, targetIndex] of moves) {
    const target = TAB_SPECS[targetIndex]
    if (!target) continue
    // Overview is the default view, so its link has no ?tab= at all.
    const expectedParam = target.id === 'overview' ? null : target.id
    await page.keyboard.press(key)
    const moved = await waitUntil(async () => {
      const stop = await focusStop(page)
      return stop?.role === 'tab' && stop.selected && stop.name === target.label && tabParam(page) === expectedParam
    })
    const stop = await focusStop(page)
    scope.expect(
      'keyboard',
      moved,
      `${key} on the tablist to select and focus "${target.label}" with ?tab=${expectedParam ?? '(none)'}`,
      () => `focus on ${stop ? describeStop(stop) : 'nothing'}${stop?.selected ? ' (selected)' : ''}, ?tab=${tabParam(page) ?? '(none)'}`,
    )
  }
}

/** Enter on the skip link moves focus to the main content. */
async function checkSkipLink(scope: Scope, page: Page) {
  let stop: FocusStop | null = null
  for (let press = 0; press < MAX_TAB_PRESSES; press += 1) {
    await page.keyboard.press('Shift+Tab')
    stop = await focusStop(page)
    if (!stop || stop.name === 'Skip to content') break
  }
  if (!scope.expect('keyboard', stop?.name === 'Skip to content', 'Shift+Tab from the tablist to reach the skip link', stop ? describeStop(stop) : 'no focus')) {
    return
  }
  await page.keyboard.press('Enter')
  const moved = await waitUntil(() => page.evaluate(() => document.activeElement?.tagName === 'MAIN'))
  const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? 'nothing')
  scope.expect('keyboard', moved, 'Enter on the skip link to move focus to <main>', `focus on <${focused}>`)
}

const tabParam = (page: Page) => new URL(page.url()).searchParams.get('tab')

function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!(element instanceof HTMLElement) || element === document.body) return null
    const implicitRoles: Record<string, string> = { A: 'link', BUTTON: 'button', SUMMARY: 'summary', MAIN: 'main' }
    const input = element instanceof HTMLInputElement ? element : null
    const role = element.getAttribute('role') ?? (input ? input.type : (implicitRoles[element.tagName] ?? element.tagName.toLowerCase()))
    const label = input?.labels?.[0]
    const name = (element.getAttribute('aria-label') ?? label?.textContent ?? element.textContent ?? '').replace(/\s+/g, ' ').trim()

    const box = element.getBoundingClientRect()
    // A visually hidden control (a 1 px native radio behind a segmented button) shows focus on its label.
    const isHidden = box.width <= 1 || box.height <= 1
    const ringElement = isHidden && label ? label : element
    const style = getComputedStyle(ringElement)
    const isTransparent = (colour: string) => colour === 'transparent' || /(?:,\s*0|\/\s*0)\)$/.test(colour)
    const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !isTransparent(style.outlineColor)
    const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== ''
    const ringBox = ringElement.getBoundingClientRect()

    return {
      role,
      name: name.slice(0, 60),
      group: element.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '',
      isFilter: element.closest('section[aria-label="Filters"]') !== null,
      checked: input && (input.type === 'checkbox' || input.type === 'radio') ? input.checked : null,
      selected: element.getAttribute('aria-selected') === 'true',
      ring: {
        isVisible: hasOutline || hasShadow,
        on: ringElement === element ? element.tagName.toLowerCase() : `its <${ringElement.tagName.toLowerCase()}>`,
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        shadow: style.boxShadow,
      },
      box: {
        width: Math.round(ringBox.width),
        height: Math.round(ringBox.height),
        isOnScreen: ringBox.bottom > 0 && ringBox.right > 0 && ringBox.top < innerHeight && ringBox.left < innerWidth,
      },
    }
  })
}
