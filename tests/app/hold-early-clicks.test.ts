import { vi } from 'vitest'
import { holdEarlyClicks } from '@/app/hold-early-clicks'

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * A page with, inside the app's root, a filter not yet taken over by React (no fiber), a tab React
 * runs already, plain text and a link; and a button outside the root.
 */
function setUp() {
  document.body.innerHTML = `
    <div id="root">
      <p id="text">Text</p>
      <label id="filter"><input id="box" type="checkbox"> <span id="word">Target</span></label>
      <button id="tab" role="tab">NEV</button>
      <a id="link" href="#x">Link</a>
    </div>
    <button id="outside">Elsewhere</button>`
  const byId = (id: string) => document.getElementById(id) as HTMLElement
  Object.assign(byId('tab'), { __reactFiber$test: {} })
  const clicks: string[] = []
  const record = (event: Event) => clicks.push((event.target as Element).id)
  document.addEventListener('click', record)
  let settle: (replay: boolean) => void = () => {}
  const ready = new Promise<boolean>((resolve) => (settle = resolve))
  const load = vi.fn(() => Promise.resolve())
  holdEarlyClicks(byId('root'), { load, ready })
  const end = async (replay: boolean) => {
    settle(replay)
    await nextTask()
    await nextTask()
  }
  return { clicks, load, byId, end, tearDown: () => document.removeEventListener('click', record) }
}

describe('clicks before the parts around the chart are in', () => {
  let page: ReturnType<typeof setUp>
  beforeEach(() => (page = setUp()))
  afterEach(async () => {
    await page.end(false) // every hold is released, so no listener outlives its test
    page.tearDown()
  })

  it('on a control React has not taken over: held with its default, start the load, made again on the same element', async () => {
    const { clicks, load, byId, end } = page
    byId('word').click()
    expect(clicks).toEqual([])
    expect((byId('box') as HTMLInputElement).checked).toBe(false)
    expect(load).toHaveBeenCalled()
    await end(true)
    // Made again on the word: the label passes it to its checkbox, as the first click would have.
    expect(clicks).toEqual(['word', 'box'])
    expect((byId('box') as HTMLInputElement).checked).toBe(true)
    // Once released, clicks pass at once.
    byId('text').click()
    expect(clicks).toEqual(['word', 'box', 'text'])
  })

  it('are dropped, not made again, when the page is drawn afresh instead', async () => {
    const { clicks, byId, end } = page
    byId('box').click()
    await end(false)
    expect(clicks).toEqual([])
    expect((byId('box') as HTMLInputElement).checked).toBe(false)
  })

  it('pass at once on controls React runs, plain text, outside the app, and on a link opened in a new tab', () => {
    const { clicks, byId } = page
    byId('tab').click()
    byId('text').click()
    byId('outside').click()
    byId('link').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }))
    expect(clicks).toEqual(['tab', 'text', 'outside', 'link'])
  })

  it('start the load on a key or a pointer, before any click', () => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }))
    expect(page.load).toHaveBeenCalledTimes(1)
  })
})
