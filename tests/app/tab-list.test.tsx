import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { INTENT_REST_MS, TabList } from '@/ui/tabs'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const items = [
  { id: 'a', label: 'Alpha' },
  { id: 'b', label: 'Beta' },
] as const

function renderTabs() {
  const onSelect = vi.fn()
  const onIntent = vi.fn()
  render(<TabList items={items} selected="a" onSelect={onSelect} onIntent={onIntent} label="Sections" idPrefix="t" />)
  return { user: userEvent.setup(), onSelect, onIntent }
}

describe('a tab the reader reaches for', () => {
  it('is announced once the pointer rests on it, without being selected', async () => {
    const { user, onSelect, onIntent } = renderTabs()
    await user.hover(screen.getByRole('tab', { name: 'Beta' }))
    await waitFor(() => expect(onIntent).toHaveBeenCalledWith('b'))
    expect(onSelect).not.toHaveBeenCalled()
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Alpha')
  })

  it('is announced on a press, before the click selects it', async () => {
    const { user, onSelect, onIntent } = renderTabs()
    const beta = screen.getByRole('tab', { name: 'Beta' })
    await user.pointer({ keys: '[MouseLeft>]', target: beta })
    expect(onIntent).toHaveBeenLastCalledWith('b')
    expect(onSelect).not.toHaveBeenCalled()
    await user.pointer({ keys: '[/MouseLeft]', target: beta })
    expect(onSelect).toHaveBeenCalledWith('b')
  })

  it('is not announced when the pointer only passes over it', async () => {
    const { user, onIntent } = renderTabs()
    await user.hover(screen.getByRole('tab', { name: 'Beta' }))
    await user.unhover(screen.getByRole('tab', { name: 'Beta' }))
    await pause(INTENT_REST_MS + 50)
    expect(onIntent).not.toHaveBeenCalled()
  })

  it('is never the tab already selected', async () => {
    const { user, onIntent } = renderTabs()
    await user.hover(screen.getByRole('tab', { name: 'Alpha' }))
    await pause(INTENT_REST_MS + 50)
    await user.click(screen.getByRole('tab', { name: 'Alpha' }))
    await user.hover(screen.getByRole('tab', { name: 'Beta' }))
    await waitFor(() => expect(onIntent).toHaveBeenCalled())
    expect(onIntent.mock.calls).toEqual([['b']])
  })
})
