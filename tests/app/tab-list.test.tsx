import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { TabList } from '@/ui/tabs'

const items = [
  { id: 'a', label: 'Alpha', shortLabel: 'A', href: '.' },
  { id: 'b', label: 'Beta', shortLabel: 'B', href: '?tab=b' },
] as const

function renderTabs() {
  const onSelect = vi.fn()
  const onPointerEnter = vi.fn()
  render(
    <TabList
      items={items}
      selected="a"
      onSelect={onSelect}
      onPointerEnter={onPointerEnter}
      label="Sections"
      idPrefix="t"
    />,
  )
  return { user: userEvent.setup(), onSelect, onPointerEnter }
}

describe('tabs', () => {
  it('are links to their views, so a click before the app has loaded navigates there', () => {
    renderTabs()
    expect(screen.getByRole('tab', { name: 'Beta' })).toHaveAttribute('href', '?tab=b')
    expect(screen.getByRole('tab', { name: 'Alpha' })).toHaveAttribute('href', '.')
  })

  it('switch in place on a plain click, without following the link', () => {
    const { onSelect } = renderTabs()
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    screen.getByRole('tab', { name: 'Beta' }).dispatchEvent(click)
    expect(onSelect).toHaveBeenCalledWith('b')
    expect(click.defaultPrevented).toBe(true)
  })

  it('leave a click with a modifier to the browser (a new tab or window)', () => {
    const { onSelect } = renderTabs()
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true })
    screen.getByRole('tab', { name: 'Beta' }).dispatchEvent(click)
    expect(onSelect).not.toHaveBeenCalled()
    expect(click.defaultPrevented).toBe(false)
  })

  it('say when the pointer comes onto a tab not selected, so its code can be fetched', async () => {
    const { user, onPointerEnter } = renderTabs()
    await user.hover(screen.getByRole('tab', { name: 'Alpha' }))
    expect(onPointerEnter).not.toHaveBeenCalled()
    await user.hover(screen.getByRole('tab', { name: 'Beta' }))
    expect(onPointerEnter).toHaveBeenCalledWith('b')
  })

  it('have one tab stop; the arrow keys move and select', () => {
    const { onSelect } = renderTabs()
    expect(screen.getByRole('tab', { name: 'Alpha' })).toHaveAttribute('tabindex', '0')
    expect(screen.getByRole('tab', { name: 'Beta' })).toHaveAttribute('tabindex', '-1')
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Alpha' }), { key: 'ArrowRight' })
    expect(onSelect).toHaveBeenCalledWith('b')
    expect(screen.getByRole('tab', { name: 'Beta' })).toHaveFocus()
  })
})
