import { act, screen } from '@testing-library/react'
import { en } from '@/i18n/en'
import { tabs } from '@/view-state/view'
import { currentParams, renderApp } from '../render-app'

const tabName = (tab: (typeof tabs)[number]) => en[`tab.${tab}`]
const selectedTab = () => screen.getByRole('tab', { selected: true })

describe('tabs', () => {
  it('offers the five sections as tabs with one tab stop', async () => {
    renderApp()
    const list = await screen.findByRole('tablist', { name: en['tabs.label'] })
    expect(list).toBeInTheDocument()
    expect(screen.getAllByRole('tab').map((tab) => tab.getAttribute('aria-label'))).toEqual(tabs.map(tabName))
    expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toEqual([selectedTab()])
  })

  it('opens the tab a link names', async () => {
    renderApp({ url: '/?tab=finance' })
    expect(await screen.findByRole('heading', { name: en['finance.title'] })).toBeInTheDocument()
    expect(selectedTab()).toHaveTextContent(tabName('finance'))
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName(tabName('finance'))
  })

  it('switches tab on a click and writes it to the link', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('tab', { name: tabName('nev') }))
    expect(await screen.findByRole('heading', { name: en['nev.title'] })).toBeInTheDocument()
    expect(selectedTab()).toHaveTextContent(tabName('nev'))
    expect(currentParams().get('tab')).toBe('nev')
  })

  it('moves with ArrowRight, ArrowLeft, Home and End, wrapping at the ends, and keeps focus on the tab', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('tab', { name: tabName('overview') }))

    await user.keyboard('{ArrowRight}')
    expect(currentParams().get('tab')).toBe(tabs[1])
    expect(screen.getByRole('tab', { name: tabName(tabs[1]) })).toHaveFocus()

    await user.keyboard('{End}')
    expect(currentParams().get('tab')).toBe(tabs.at(-1))
    expect(selectedTab()).toHaveFocus()

    await user.keyboard('{ArrowRight}')
    expect(currentParams().has('tab')).toBe(false)
    expect(selectedTab()).toHaveTextContent(tabName(tabs[0]))

    await user.keyboard('{ArrowLeft}')
    expect(currentParams().get('tab')).toBe(tabs.at(-1))

    await user.keyboard('{Home}')
    expect(currentParams().has('tab')).toBe(false)
    expect(screen.getByRole('tab', { name: tabName(tabs[0]) })).toHaveFocus()
  })

  it('starts a new tab from its own default filters', async () => {
    const { user } = renderApp({ url: '/?tab=nev&kind=context' })
    await user.click(await screen.findByRole('tab', { name: tabName('clusters') }))
    expect(currentParams().get('tab')).toBe('clusters')
    expect(currentParams().has('kind')).toBe(false)
  })

  it('goes back to the previous tab with the browser’s Back', async () => {
    const { user } = renderApp({ url: '/?tab=nev' })
    await user.click(await screen.findByRole('tab', { name: tabName('finance') }))
    expect(await screen.findByRole('heading', { name: en['finance.title'] })).toBeInTheDocument()

    await act(async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
      window.history.back()
      await popped
    })
    expect(currentParams().get('tab')).toBe('nev')
    expect(await screen.findByRole('heading', { name: en['nev.title'] })).toBeInTheDocument()
    expect(selectedTab()).toHaveTextContent(tabName('nev'))
  })
})
