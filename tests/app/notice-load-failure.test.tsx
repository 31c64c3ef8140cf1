import { screen } from '@testing-library/react'
import { vi } from 'vitest'
import { en } from '@/i18n/en'
import { currentParams, renderApp } from '../render-app'

// The notice's code fails to arrive (a flaky link, a redeployment that renamed its chunk).
vi.mock('@/app/view-notice', () => {
  throw new Error('Failed to fetch dynamically imported module')
})

describe('a notice whose code cannot load', () => {
  it('is left out, and the page goes on working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}) // React reports the caught error
    const { user } = renderApp({ url: '/?foo=1' })
    expect(await screen.findByRole('heading', { name: en['overview.title'] })).toBeInTheDocument()
    // The link is still cleaned of what it could not use, and the tabs still answer.
    expect(currentParams().has('foo')).toBe(false)
    await user.click(screen.getByRole('tab', { name: en['tab.nev'] }))
    expect(screen.getByRole('tab', { name: en['tab.nev'] })).toHaveAttribute('aria-selected', 'true')
    expect(screen.queryByText(en['notice.ignored.title'])).not.toBeInTheDocument()
    expect(console.error).toHaveBeenCalled()
  })
})
