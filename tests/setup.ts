import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
// Tabs and the Chinese catalog load lazily; on a busy machine that can take longer than the default 1 s.
configure({ asyncUtilTimeout: 5000 })
vi.setConfig({ testTimeout: 20_000 })

// Charts measure their width with ResizeObserver, which jsdom lacks. jsdom lays nothing out, so a
// chart stays at width 0 and is drawn as plain SVG (static-bar-chart.tsx): the bars tests read.
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

// jsdom's modal dialogs ignore Esc: the topmost open one gets a cancelable "cancel", then closes
// unless that was cancelled, as a browser's would.
if (typeof document !== 'undefined') {
  document.addEventListener('keydown', (event) => {
    const dialog = event.key === 'Escape' ? [...document.querySelectorAll('dialog[open]')].at(-1) : undefined
    if (!(dialog instanceof HTMLDialogElement)) return
    if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close()
  })
}

// jsdom hides popovers (ui/dropdown.tsx) and has no popovertarget: a click on the button shows or
// hides its popover, as a browser would.
if (typeof document !== 'undefined') {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[popovertarget]') : null
    const popover = button && document.getElementById(button.getAttribute('popovertarget') ?? '')
    if (popover instanceof HTMLElement) popover.style.display = popover.style.display === 'block' ? '' : 'block'
  })
}

// jsdom's Blob has no arrayBuffer(): read it as a browser's would, through a FileReader.
if (typeof Blob !== 'undefined' && !('arrayBuffer' in Blob.prototype)) {
  Object.assign(Blob.prototype, {
    arrayBuffer(this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader()
        reader.onload = () => resolve(reader.result as ArrayBuffer)
        reader.onerror = () => reject(reader.error)
        reader.readAsArrayBuffer(this)
      })
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
