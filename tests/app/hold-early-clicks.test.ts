import { vi } from 'vitest'
import { holdEarlyClicks } from '@/app/hold-early-clicks'

/** A page with a button inside the app's root, a link, and a button outside it. */
function setUp() {
  document.body.innerHTML = `
    <div id="root"><p>Text <button id="inside">Tick</button> <a id="link" href="#x">Link</a></p></div>
    <button id="outside">Elsewhere</button>`
  const root = document.getElementById('root') as HTMLElement
  const clicks: string[] = []
  document.addEventListener('click', (event) => clicks.push((event.target as Element).id))
  let resolve: () => void = () => {}
  const loaded = new Promise<void>((done) => (resolve = done))
  const load = vi.fn(() => loaded)
  holdEarlyClicks(root, { load, loaded })
  const byId = (id: string) => document.getElementById(id) as HTMLElement
  return { clicks, load, resolve, byId }
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('clicks before the parts around the chart are in', () => {
  it('are held, start the load, and are made again once it is in', async () => {
    const { clicks, load, resolve, byId } = setUp()
    byId('inside').click()
    expect(clicks).toEqual([])
    expect(load).toHaveBeenCalled()
    resolve()
    await nextTask()
    await nextTask()
    expect(clicks).toEqual(['inside'])
    // Once in, clicks pass at once.
    byId('inside').click()
    expect(clicks).toEqual(['inside', 'inside'])
  })

  it('start the load on a pointer down or a key, before any click', () => {
    const { load } = setUp()
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }))
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('are left alone outside the app, on plain text, and on a link opened in a new tab', () => {
    const { clicks, byId } = setUp()
    byId('outside').click()
    document.querySelector('p')?.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    byId('link').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }))
    expect(clicks).toEqual(['outside', '', 'link'])
  })
})
