import { act, render, screen } from '@testing-library/react'
import { vi } from 'vitest'

// Each test takes a fresh copy of hydrate-later.tsx, whose parts are not yet in (the shared setup
// gives them to every other test), with the parts' module replaced.
async function freshHydrateLater(partsModule: () => Record<string, unknown>) {
  vi.resetModules()
  vi.doMock('@/app/later-parts', partsModule)
  return import('@/app/hydrate-later')
}

describe('the parts around the charts', () => {
  afterEach(() => vi.doUnmock('@/app/later-parts'))

  it('wait, without loading their code, until asked; then show', async () => {
    const imported = vi.fn()
    const later = await freshHydrateLater(() => {
      imported()
      return { Header: () => <p>The header</p> }
    })
    const Header = later.laterPart('Header') as unknown as () => React.ReactNode
    // In an awaited act, so that React draws the waiting part again when its code arrives.
    await act(async () => {
      render(
        <later.HydrateLater>
          <Header />
        </later.HydrateLater>,
      )
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(screen.queryByText('The header')).not.toBeInTheDocument()
    expect(imported).not.toHaveBeenCalled()

    await act(() => later.loadLaterParts())
    expect(await screen.findByText('The header')).toBeInTheDocument()
    expect(imported).toHaveBeenCalledTimes(1)
  })

  it('are left out when their code cannot load, after trying again, and the app is told once', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}) // React reports the caught error
    const attempts = vi.fn()
    const later = await freshHydrateLater(() => {
      attempts()
      throw new Error('Failed to fetch dynamically imported module')
    })
    const Header = later.laterPart('Header') as unknown as () => React.ReactNode
    function FailureFlag() {
      return <p>parts: {later.useLaterPartsState()}</p>
    }
    await act(async () => {
      render(
        <div>
          <p>The chart</p>
          <FailureFlag />
          <later.HydrateLater>
            <Header />
          </later.HydrateLater>
        </div>,
      )
    })
    expect(screen.getByText('parts: loading')).toBeInTheDocument()
    await act(() => later.loadLaterParts().catch(() => {}))
    expect(await screen.findByText('parts: failed')).toBeInTheDocument()
    expect(await later.laterPartsLoaded).toBe(false)
    expect(screen.getByText('The chart')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(attempts).toHaveBeenCalledTimes(3) // once, then twice again
  })
})
