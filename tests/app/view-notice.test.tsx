import { screen, within } from '@testing-library/react'
import { en } from '@/i18n/en'
import { interpolate } from '@/i18n/i18n'
import { currentParams, renderApp } from '../render-app'
import { must } from '../fixtures/must'

const title = en['notice.ignored.title']
const findNotice = async () => {
  await screen.findByText(title)
  return must(
    screen.getAllByRole('status').find((status) => within(status).queryByText(title)),
    'the notice',
  )
}

describe('a link with parts the app cannot use', () => {
  it('names an unknown parameter, drops it from the link, and can be dismissed', async () => {
    const { user } = renderApp({ url: '/?foo=1' })
    const notice = await findNotice()
    expect(notice).toHaveTextContent(interpolate(en['notice.unknown-param'], { param: 'foo' }))
    expect(currentParams().has('foo')).toBe(false)

    await user.click(within(notice).getByRole('button', { name: en['notice.dismiss'] }))
    expect(screen.queryByText(title)).not.toBeInTheDocument()
  })

  it('names an invalid value and shows the default instead', async () => {
    renderApp({ url: '/?tab=xyz' })
    const notice = await findNotice()
    expect(notice).toHaveTextContent(interpolate(en['notice.invalid-value'], { param: 'tab', value: 'xyz' }))
    expect(screen.getByRole('tab', { name: en['tab.overview'] })).toHaveAttribute('aria-selected', 'true')
    expect(currentParams().has('tab')).toBe(false)
  })

  it('names a filter that the tab does not have', async () => {
    renderApp({ url: '/?tab=finance&kind=reported' })
    const notice = await findNotice()
    expect(notice).toHaveTextContent(interpolate(en['notice.not-on-tab'], { param: 'kind', tab: en['tab.finance'] }))
  })

  it('names an area the dataset does not have, once the dataset is in, and shows all areas', async () => {
    renderApp({ url: '/?tab=nev&region=atlantis' })
    const notice = await findNotice()
    expect(notice).toHaveTextContent(
      interpolate(en['notice.unknown-id'], { param: en['filter.region'], value: 'atlantis' }),
    )
    expect(await screen.findByRole('button', { name: /^Area: All/ })).toBeInTheDocument()
    expect(currentParams().has('region')).toBe(false)
  })

  it('lists every problem of one link', async () => {
    renderApp({ url: '/?foo=1&theme=sepia' })
    const items = within(await findNotice()).getAllByRole('listitem')
    expect(items).toHaveLength(2)
  })

  it('keeps what it found in the link when the dataset, arriving later, finds more', async () => {
    renderApp({ url: '/?foo=1&tab=nev&region=atlantis' })
    await screen.findByRole('heading', { name: en['nev.title'] })
    const notice = await findNotice()
    expect(notice).toHaveTextContent(
      interpolate(en['notice.unknown-id'], { param: en['filter.region'], value: 'atlantis' }),
    )
    expect(notice).toHaveTextContent(interpolate(en['notice.unknown-param'], { param: 'foo' }))
  })

  it('says nothing about a valid link', async () => {
    renderApp({ url: '/?tab=nev&kind=context' })
    expect(await screen.findByRole('heading', { name: en['nev.title'] })).toBeInTheDocument()
    expect(screen.queryByText(title)).not.toBeInTheDocument()
    expect(currentParams().get('kind')).toBe('context')
  })
})
