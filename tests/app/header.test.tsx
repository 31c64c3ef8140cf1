import { screen, waitFor } from '@testing-library/react'
import { en } from '@/i18n/en'
import { zhCN } from '@/i18n/zh-CN'
import { loadDataset } from '../fixtures/dataset'
import { currentParams, renderApp } from '../render-app'
import { isShown } from '../shown'

const data = loadDataset()

describe('language', () => {
  it('switches the page to Chinese, and <html lang> with it', async () => {
    const { user } = renderApp()
    await screen.findByRole('heading', { name: en['overview.title'] })
    await user.click(screen.getByRole('radio', { name: '中文' }))

    expect(await screen.findByRole('heading', { name: zhCN['overview.title'] })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: zhCN['tab.nev'] })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(data.meta.title.zh)
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(currentParams().get('lang')).toBe('zh')
  })

  it('keeps <html lang> naming the language the page is shown in, also while the Chinese catalog loads', async () => {
    const { user } = renderApp()
    await screen.findByRole('heading', { name: en['overview.title'] })
    const root = document.documentElement
    const seen: string[] = []
    const observer = new MutationObserver(() => {
      seen.push(`${root.lang}: ${screen.getByRole('tab', { selected: true }).getAttribute('aria-label')}`)
    })
    observer.observe(root, { attributes: true, attributeFilter: ['lang'] })
    await user.click(screen.getByRole('radio', { name: '中文' }))
    await screen.findByRole('heading', { name: zhCN['overview.title'] })
    observer.disconnect()
    expect(seen).toEqual([`zh-CN: ${zhCN['tab.overview']}`])
  })

  it('names the page after the view, in the language shown', async () => {
    const { user } = renderApp({ url: '/?tab=nev' })
    await screen.findByRole('heading', { name: en['nev.title'] })
    expect(document.title).toBe('NEV ecosystem · Chongqing growth pole')

    await user.click(screen.getByRole('radio', { name: '中文' }))
    await screen.findByRole('heading', { name: zhCN['nev.title'] })
    expect(document.title).toBe('新能源汽车生态 · 重庆增长极')
    await user.click(screen.getByRole('tab', { name: zhCN['tab.finance'] }))
    await waitFor(() => expect(document.title).toBe('金融建议 · 重庆增长极'))
  })

  it('opens in Chinese from a link, and switches back to English', async () => {
    const { user } = renderApp({ url: '/?lang=zh' })
    expect(await screen.findByRole('heading', { name: zhCN['overview.title'] })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('zh-CN')

    await user.click(screen.getByRole('radio', { name: 'English' }))
    expect(await screen.findByRole('heading', { name: en['overview.title'] })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    expect(currentParams().has('lang')).toBe(false)
  })

  it('shows a tab visited before, kept hidden, in the language chosen since', async () => {
    const { user } = renderApp({ url: '/?tab=nev' })
    await screen.findByRole('heading', { name: en['nev.title'] })
    await user.click(screen.getByRole('tab', { name: en['tab.overview'] }))
    await screen.findByRole('heading', { name: en['overview.title'] })
    expect(isShown(screen.getByText(en['nev.title']))).toBe(false)

    await user.click(screen.getByRole('radio', { name: '中文' }))
    await screen.findByRole('heading', { name: zhCN['overview.title'] })
    await user.click(screen.getByRole('tab', { name: zhCN['tab.nev'] }))
    expect(await screen.findByRole('heading', { name: zhCN['nev.title'] })).toBeVisible()
    expect(screen.queryByText(en['nev.title'])).not.toBeInTheDocument()
  })
})

describe('theme', () => {
  it('sets the dark or light class on <html>, and neither for the system’s choice', async () => {
    const { user } = renderApp()
    const root = document.documentElement
    await user.click(await screen.findByRole('button', { name: /^Theme: System/ }))
    await user.click(await screen.findByRole('radio', { name: en['theme.dark'] }))
    expect(root).toHaveClass('dark')
    expect(root).not.toHaveClass('light')
    expect(currentParams().get('theme')).toBe('dark')

    await user.click(screen.getByRole('radio', { name: en['theme.light'] }))
    expect(root).toHaveClass('light')
    expect(root).not.toHaveClass('dark')

    await user.click(screen.getByRole('radio', { name: en['theme.system'] }))
    expect(root).not.toHaveClass('light')
    expect(root).not.toHaveClass('dark')
    expect(currentParams().has('theme')).toBe(false)
  })

  it('opens in the theme a link names', async () => {
    const { user } = renderApp({ url: '/?theme=dark' })
    await user.click(await screen.findByRole('button', { name: /^Theme: Dark/ }))
    expect(await screen.findByRole('radio', { name: en['theme.dark'] })).toBeChecked()
    expect(document.documentElement).toHaveClass('dark')
  })
})
