import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
import { provideLaterParts } from '@/app/hydrate-later'
import * as laterParts from '@/app/later-parts'

// In the browser, the parts around the charts load after the first chart (e2e checks that); here
// they are in from the start, so a test sees the whole page as soon as it renders.
provideLaterParts(laterParts)

// Tabs and the Chinese catalog load lazily; on a busy machine that can take longer than the default 1 s.
configure({ asyncUtilTimeout: 5000 })
vi.setConfig({ testTimeout: 20_000 })

// Recharts' responsive container measures itself with ResizeObserver, which jsdom lacks. The charts
// then draw at zero size, so component tests read the tables and text instead.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
}

// jsdom has <dialog> and its `open` attribute but not showModal/close: open and close it as a browser would.
if (typeof HTMLDialogElement !== 'undefined' && !('showModal' in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.open = true
    },
    show(this: HTMLDialogElement) {
      this.open = true
    },
    close(this: HTMLDialogElement) {
      if (!this.open) return
      this.open = false
      this.dispatchEvent(new Event('close'))
    },
  })
}

// jsdom logs "not implemented" for scrolling; a link that scrolls to the top is not what these tests check.
if (typeof window !== 'undefined') window.scrollTo = () => {}

afterEach(() => {
  vi.unstubAllGlobals()
  // Pure tests run in node, with no page to clean.
  if (typeof window === 'undefined') return
  cleanup()
  window.history.replaceState(null, '', '/')
  const root = document.documentElement
  root.lang = 'en'
  root.classList.remove('dark', 'light')
})
