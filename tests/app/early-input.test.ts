import { vi } from 'vitest'
import { holdEarlyInput } from '@/app/early-input'

const settleAll = () => new Promise((resolve) => setTimeout(resolve, 50))
const takeOver = (element: Element) => Object.assign(element, { __reactFiber$test: {} })

/**
 * A page with, inside the app's root, a filter React has not taken over yet (no fiber), a tab it
 * runs already, plain text and a link; and a button outside the root.
 */
function setUp() {
  document.body.innerHTML = `
    <div id="root">
      <p id="text">Text</p>
      <label id="filter"><input id="box" type="checkbox"> <span id="word">Target</span></label>
      <button id="tab" role="tab">NEV</button>
      <a id="link" href="#x">Link</a>
      <a id="away" href="#y" target="_blank">Source page</a>
      <a id="skip" href="#main">Skip to content</a>
      <details><summary id="more">More</summary>Text</details>
      <div id="left"><button id="hidden-filter">Target</button></div>
    </div>
    <button id="outside">Elsewhere</button>`
  const byId = (id: string) => document.getElementById(id) as HTMLElement
  takeOver(byId('tab'))
  const events: string[] = []
  const record = (event: Event) => events.push(`${event.type} ${(event.target as Element).id}`)
  document.addEventListener('click', record)
  document.addEventListener('mousedown', record)
  let settle: (isTakenOver: boolean) => void = () => {}
  const ready = new Promise<boolean>((resolve) => (settle = resolve))
  const load = vi.fn(() => Promise.resolve())
  const input = holdEarlyInput(byId('root'), { load, ready })
  const change = (name: string, leavesPage = false) =>
    input.holdChange(() => events.push(`change ${name}`), leavesPage) || events.push(`change ${name}`)
  return {
    events,
    load,
    byId,
    input,
    change,
    settle,
    tearDown: () => {
      document.removeEventListener('click', record)
      document.removeEventListener('mousedown', record)
    },
  }
}

describe('input on the prerendered page before the parts’ code is in', () => {
  let page: ReturnType<typeof setUp>
  beforeEach(() => (page = setUp()))
  afterEach(async () => {
    page.settle(false) // every hold ends, so no listener outlives its test
    await settleAll()
    page.tearDown()
  })

  it('holds a click on a control React does not run yet, default and all, and starts the load', () => {
    page.byId('word').click()
    expect(page.events).toEqual([])
    expect((page.byId('box') as HTMLInputElement).checked).toBe(false)
    expect(page.load).toHaveBeenCalled()
  })

  it('makes held clicks and changes again in the order they came, each click after a mousedown', async () => {
    const { events, byId, change, settle } = page
    byId('word').click()
    change('tab')
    settle(true)
    await settleAll()
    // A mousedown on the control first (React takes its part over on it), then the click on the
    // word, which the label passes to its checkbox, as the first click would have.
    expect(events).toEqual(['mousedown filter', 'click word', 'click box', 'change tab'])
    expect((byId('box') as HTMLInputElement).checked).toBe(true)
    // Then input passes at once.
    change('later')
    byId('text').click()
    expect(events.slice(4)).toEqual(['change later', 'click text'])
  })

  it('lets a change that leaves the page (presenting) through at once', () => {
    page.change('present', true)
    expect(page.events).toEqual(['change present'])
  })

  it('when the code is late, makes the changes held before any click and lets new ones through; the rest wait behind the click', async () => {
    const { events, byId, change, input, settle } = page
    change('filter')
    byId('box').click()
    change('tab')
    input.stall()
    expect(events).toEqual(['change filter'])
    change('source')
    expect(events).toEqual(['change filter', 'change source'])
    expect((byId('box') as HTMLInputElement).checked).toBe(false)
    // The code comes at last: the click, then the change that came after it.
    settle(true)
    await settleAll()
    expect(events.slice(2)).toEqual(['mousedown box', 'click box', 'change tab'])
  })

  it('goes on when one held change fails', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    page.input.holdChange(() => {
      throw new Error('history refused')
    }, false)
    page.change('tab')
    page.settle(true)
    await settleAll()
    expect(page.events).toEqual(['change tab'])
    expect(errors).toHaveBeenCalledTimes(1)
    page.change('after')
    expect(page.events).toEqual(['change tab', 'change after'])
  })

  it('drops held clicks, and makes held changes, when the page is drawn afresh instead', async () => {
    page.byId('box').click()
    page.change('tab')
    page.settle(false)
    await settleAll()
    expect(page.events).toEqual(['change tab'])
    expect((page.byId('box') as HTMLInputElement).checked).toBe(false)
  })

  it('passes clicks at once on controls React runs, plain text, outside the app, and links that open a new tab', () => {
    const { events, byId } = page
    byId('tab').click()
    byId('text').click()
    byId('outside').click()
    byId('link').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }))
    const away = new MouseEvent('click', { bubbles: true, cancelable: true })
    byId('away').dispatchEvent(away)
    byId('skip').click()
    byId('more').click()
    expect(events).toEqual([
      'click tab',
      'click text',
      'click outside',
      'click link',
      'click away',
      'click skip',
      'click more',
    ])
    expect(away.defaultPrevented).toBe(false)
  })

  it('drops a held click whose control is in a tab left meanwhile (inert)', async () => {
    const { events, byId, change, settle } = page
    change('tab')
    byId('hidden-filter').click()
    byId('left').setAttribute('inert', '') // the change of tab, made first, leaves the Overview inert
    settle(true)
    await settleAll()
    expect(events).toEqual(['change tab'])
  })

  it('starts the load on a key or a pointer, before any click', () => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }))
    expect(page.load).toHaveBeenCalledTimes(1)
  })
})
