import { act, renderHook } from '@testing-library/react'
import { canonicalizeUrl, useViewState, withFilter, withTab } from '@/view-state/use-view-state'
import { defaultView, emptyFilters, type View } from '@/view-state/view'

describe('withTab', () => {
  it('starts the new tab from its default filters', () => {
    const view: View = { ...defaultView, tab: 'nev', filters: { ...emptyFilters, kind: ['context'], region: 'china' } }
    expect(withTab(view, 'finance').filters).toEqual(emptyFilters)
    expect(withTab(view, 'finance').tab).toBe('finance')
  })

  it('leaves the spotlight and the source panel on the tab they were on', () => {
    const view: View = { ...defaultView, tab: 'nev', source: 'nev-output', spotlight: 'nev-output' }
    expect(withTab(view, 'overview')).toMatchObject({ source: null, spotlight: null })
  })

  it('keeps the view when the tab is already shown', () => {
    const view: View = { ...defaultView, tab: 'nev', filters: { ...emptyFilters, kind: ['context'] } }
    expect(withTab(view, 'nev')).toBe(view)
  })

  it('keeps the reader’s language, theme and display', () => {
    const view: View = { ...defaultView, lang: 'zh', theme: 'dark', display: 'table' }
    expect(withTab(view, 'clusters')).toMatchObject({ lang: 'zh', theme: 'dark', display: 'table' })
  })
})

describe('withFilter', () => {
  it('changes one filter and keeps the others', () => {
    const view: View = { ...defaultView, tab: 'nev', filters: { ...emptyFilters, kind: ['context'] } }
    expect(withFilter(view, 'region', 'china').filters).toEqual({ ...emptyFilters, kind: ['context'], region: 'china' })
  })
})

describe('useViewState', () => {
  it('reads the view from the URL', () => {
    window.history.replaceState(null, '', '/?tab=nev&lang=zh')
    const { result } = renderHook(() => useViewState())
    expect(result.current.view).toMatchObject({ tab: 'nev', lang: 'zh' })
    expect(result.current.problems).toEqual([])
  })

  it('writes a new view as a new history entry, so Back returns to the last one', async () => {
    const { result } = renderHook(() => useViewState())
    const before = window.history.length
    act(() => result.current.setView((view) => withTab(view, 'finance')))
    expect(window.location.search).toBe('?tab=finance')
    expect(result.current.view.tab).toBe('finance')
    expect(window.history.length).toBe(before + 1)

    await act(async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
      window.history.back()
      await popped
    })
    expect(window.location.search).toBe('')
    expect(result.current.view.tab).toBe('overview')
  })

  it('replaces the entry instead when asked to, and writes nothing when nothing changed', () => {
    const { result } = renderHook(() => useViewState())
    const before = window.history.length
    act(() => result.current.setView((view) => ({ ...view, theme: 'dark' }), { mode: 'replace' }))
    expect(window.location.search).toBe('?theme=dark')
    act(() => result.current.setView((view) => view))
    expect(window.history.length).toBe(before)
  })

  it('rewrites a link to its canonical form without a new history entry', () => {
    window.history.replaceState(null, '', '/?foo=1&tab=nev')
    const before = window.history.length
    const { result } = renderHook(() => useViewState())
    expect(result.current.problems).toEqual([{ kind: 'unknown-param', param: 'foo' }])
    act(() => canonicalizeUrl(result.current.view))
    expect(window.location.search).toBe('?tab=nev')
    expect(window.history.length).toBe(before)
    expect(result.current.problems).toEqual([])
  })
})
