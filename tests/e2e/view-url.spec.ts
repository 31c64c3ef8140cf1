import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { en } from '../../src/i18n/en.ts'
import { zhCN } from '../../src/i18n/zh-CN.ts'
import { BAR_SELECTOR, tabPanel, waitForBars } from './support/charts.ts'
import { filterBar, setFilterChoice } from './support/filters.ts'
import { backgroundLightness, paramOf, searchOf } from './support/page-reads.ts'
import { APP_URL, ORIGIN } from './support/site.ts'
import { poll } from './support/poll.ts'

/**
 * The view is in the URL (README, "The view is in the URL"), in the real browser under the
 * sub-path: a reload reopens the same view, Back and Forward step through views, a link with parts
 * the app cannot use says so and is rewritten, and Copy link copies this view's address.
 */

/** What the page shows of a view: read from the DOM, to compare with what the URL says. */
type Shown = {
  search: string
  /** The selected tabs' accessible names (a tab shows a long or a short label, both hidden from assistive technology). */
  selectedTabs: string[]
  /**
   * Values of the ticked boxes in the shown tab's "Kind" filter (legend given), or null without one.
   * Its boxes sit in a closed dropdown, so they are read whether or not the dropdown is open.
   */
  checkedKinds: string[] | null
  /** Titles of the open dialogs (a source panel). */
  dialogs: string[]
  bars: number
  tables: number
}

function readShown(page: Page, kindLegend = 'Kind'): Promise<Shown> {
  return page.evaluate(
    ({ legend, barSelector }) => {
      const panel = document.querySelector('[role="tabpanel"]')
      // Tabs kept in the background stay in the DOM, invisible: only what is shown counts.
      const shown = <T extends Element>(elements: Iterable<T>) =>
        [...elements].filter((el) => el.checkVisibility({ visibilityProperty: true }))
      // A tab kept in the background is inert and aria-hidden: its filter is not this view's.
      const group = [...(panel?.querySelectorAll('fieldset') ?? [])].find(
        (fieldset) =>
          fieldset.closest('[aria-hidden="true"], [inert]') === null &&
          fieldset.querySelector('legend')?.textContent?.trim() === legend,
      )
      return {
        search: location.search,
        selectedTabs: [...document.querySelectorAll('[role="tab"][aria-selected="true"]')].map(
          (tab) => tab.getAttribute('aria-label') ?? tab.textContent?.trim() ?? '',
        ),
        checkedKinds: group
          ? [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((box) => box.value)
          : null,
        dialogs: [...document.querySelectorAll('dialog[open]')].map(
          (dialog) => dialog.querySelector('h2')?.textContent?.trim() ?? '(untitled)',
        ),
        bars: shown(panel?.querySelectorAll(barSelector) ?? []).length,
        tables: shown(panel?.querySelectorAll('figure table') ?? []).length,
      }
    },
    { legend: kindLegend, barSelector: BAR_SELECTOR },
  )
}

/** One history entry: its URL and what the page must show for it. */
type Entry = { what: string; search: string; tab: string; kinds: string[]; dialog: string | null }

/** Waits until the page shows the entry: its URL, its tab selected, its filter ticked, its dialog open, bars drawn. */
async function expectEntry(page: Page, step: string, entry: Entry) {
  await poll(async () => {
    const shown = await readShown(page)
    return { ...shown, bars: shown.bars > 0, tables: undefined }
  }, `${step}: ${entry.what}`).toEqual({
    search: entry.search,
    selectedTabs: [entry.tab],
    checkedKinds: entry.kinds,
    dialogs: entry.dialog === null ? [] : [entry.dialog],
    bars: true,
    tables: undefined,
  })
}

test('Back and Forward step through a tab, a filter and a source panel; Copy link copies the view shown', async ({
  context,
  page,
}) => {
  const panel = tabPanel(page)
  const initial: Entry = { what: 'the default view', search: '', tab: 'Overview', kinds: [], dialog: null }
  const tabbed: Entry = { what: 'the NEV tab', search: '?tab=nev', tab: 'NEV ecosystem', kinds: [], dialog: null }
  const filtered: Entry = {
    what: 'NEV filtered to reported figures',
    search: '?tab=nev&kind=reported',
    tab: 'NEV ecosystem',
    kinds: ['reported'],
    dialog: null,
  }

  await test.step('three changes of view make three history entries', async () => {
    await page.goto('./')
    await waitForBars(page)
    await expectEntry(page, 'opened', initial)

    await page.getByRole('tab', { name: 'NEV ecosystem' }).click()
    await expectEntry(page, 'tab clicked', tabbed)

    // The Kind filter's dropdown, opened, "Reported" ticked, closed.
    await setFilterChoice(page, en, en['filter.kind'], en['kind.reported'], true)
    await expectEntry(page, 'filter ticked', filtered)

    // A figure card's "Source" button; its aria-label names the figure, the dialog's title.
    const sourceButton = panel.getByRole('button', { name: /^Source of / }).first()
    const label = ((await sourceButton.getAttribute('aria-label')) ?? '').replace(/^Source of /, '')
    await sourceButton.click()
    await expect(page.locator('dialog[open]')).toBeVisible()
    const source = paramOf(page, 'source') ?? ''
    expect.soft(source, `?source=<the figure's id> after "Source" is clicked`).toMatch(/^[a-z0-9-]+$/)
    await expectEntry(page, 'source opened', {
      what: `the source panel of "${label}"`,
      search: `?tab=nev&kind=reported&source=${source}`,
      tab: 'NEV ecosystem',
      kinds: ['reported'],
      dialog: label,
    })
  })

  await test.step('Back three times, then Forward twice', async () => {
    await page.goBack()
    await expectEntry(page, 'Back 1', filtered)
    await page.goBack()
    await expectEntry(page, 'Back 2', tabbed)
    await page.goBack()
    await expectEntry(page, 'Back 3', initial)
    await page.goForward()
    await expectEntry(page, 'Forward', tabbed)
    await page.goForward()
    await expectEntry(page, 'Forward again', filtered)
  })

  await test.step('Copy link', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN })
    const shownUrl = page.url()
    await page.getByRole('button', { name: 'Copy link', exact: true }).click()
    await expect
      .soft(page.getByRole('button', { name: 'Link copied', exact: true }), 'the button says "Link copied"')
      .toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect.soft(copied, 'the clipboard holds the absolute URL of the view shown').toBe(shownUrl)
    expect
      .soft(copied, 'the clipboard holds the absolute URL of the view shown')
      .toMatch(new RegExp(`^${APP_URL.replace(/[.?]/g, '\\$&')}`))
  })
})

test('a view in Chinese, dark, filtered and as tables reopens the same after a reload', async ({ page }) => {
  const query = '?tab=nev&kind=context&show=table&lang=zh&theme=dark'
  await page.goto(query)
  await expectZhDarkTable(page, query, 'opened')
  await page.reload()
  await expectZhDarkTable(page, query, 'after a reload')
})

async function expectZhDarkTable(page: Page, search: string, step: string) {
  // The Chinese UI: the Kind filter's legend is 类型, the Table choice 表格.
  await poll(async () => {
    const shown = await readShown(page, '类型')
    return shown.tables > 0 && shown.bars === 0 && shown.selectedTabs.length === 1
  }, `${step}: the tables drawn`).toBe(true)
  const v = await readShown(page, '类型')
  const page_ = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    isDarkClass: document.documentElement.classList.contains('dark'),
    heading: document.querySelector('[role="tabpanel"] h2')?.textContent?.trim() ?? '',
    notices: [...document.querySelectorAll('[role="status"]')].filter((s) =>
      s.textContent?.includes('链接中的部分内容已被忽略'),
    ).length,
  }))
  const tableChosen = await page.getByRole('radio', { name: '表格', exact: true }).isChecked()
  // What a reader sees of the filter without opening it: its dropdown's button.
  const kindSummary = zhCN['filter.summary'].replace('{filter}', zhCN['filter.kind']).replace('{value}', '')
  const summaries = (await filterBar(page, zhCN).locator('button[popovertarget]').allTextContents()).map((text) =>
    text.replace('▾', '').trim(),
  )
  const lightness = await backgroundLightness(page)

  expect.soft(v.search, `${step}: the URL unchanged`).toBe(search)
  expect
    .soft(v.selectedTabs, `${step}: the selected tab "新能源汽车生态" (NEV, in Chinese)`)
    .toEqual(['新能源汽车生态'])
  expect
    .soft(v.checkedKinds, `${step}: only "背景数据" (Context) ticked in the "类型" (Kind) filter`)
    .toEqual(['context'])
  expect
    .soft(
      summaries.filter((text) => text.startsWith(kindSummary)),
      `${step}: the "类型" (Kind) dropdown says "${kindSummary}${zhCN['kind.context']}"`,
    )
    .toEqual([`${kindSummary}${zhCN['kind.context']}`])
  expect
    .soft(v.tables > 0 && v.bars === 0 && tableChosen, `${step}: tables instead of charts, with "表格" (Table) chosen`)
    .toBe(true)
  expect.soft(page_.heading, `${step}: the Chinese heading`).toBe('成渝新能源汽车生态')
  expect.soft(page_.lang, `${step}: <html lang>`).toBe('zh-CN')
  expect
    .soft(
      page_.isDarkClass && lightness < 0.5,
      `${step}: <html class="dark"> and a dark background (lightness ${lightness.toFixed(2)})`,
    )
    .toBe(true)
  expect.soft(page_.notices, `${step}: no "link ignored" notice for a valid link`).toBe(0)
}

const NOTICE_TITLE = 'Part of this link was ignored'

/**
 * Parameters the app cannot use are ignored and listed in a dismissible notice, and the URL is
 * rewritten to what is shown. An id the dataset lacks is known only once it has loaded.
 */
for (const { query, ignored } of [
  {
    query: 'tab=xyz&foo=1&kind=bogus',
    ignored: [
      { what: 'the unknown parameter foo', words: ['foo'] },
      { what: 'tab=xyz', words: ['xyz', 'tab'] },
      { what: 'kind=bogus', words: ['bogus', 'kind'] },
    ],
  },
  { query: 'speaker=nobody', ignored: [{ what: 'the unknown speaker "nobody"', words: ['nobody', 'Speaker'] }] },
]) {
  test(`a link with parts the app cannot use (?${query}) says what it ignored and shows the default view`, async ({
    page,
  }) => {
    await page.goto(`?${query}`)
    await waitForBars(page)
    const notice = page.getByRole('status').filter({ hasText: NOTICE_TITLE })
    await expect(notice, `a notice "${NOTICE_TITLE}"`).toBeVisible()

    // The dataset can add problems after the first render: wait until all are listed.
    const items = notice.getByRole('listitem')
    await expect(items, `${ignored.length} ignored parts listed`).toHaveCount(ignored.length)
    const listed = await items.allInnerTexts()
    for (const { what, words } of ignored) {
      expect
        .soft(
          listed.some((item) => words.every((word) => item.includes(word))),
          `an item naming ${what} (with ${words.join(' and ')}): ${listed.join('; ')}`,
        )
        .toBe(true)
    }

    // Nothing here is usable, so the canonical form is the default view: no query at all.
    await poll(() => searchOf(page), `the URL rewritten to the canonical "${APP_URL}" (no query)`).toBe('')
    // A tab's name is its aria-label: it shows a long and a short label, both hidden from the name.
    const selectedTab = page.getByRole('tab', { selected: true })
    await expect.soft(selectedTab, 'one tab selected').toHaveCount(1)
    await expect.soft(selectedTab.first(), 'the default tab shown').toHaveAccessibleName(en['tab.overview'])
    // The filters sit in closed dropdowns: no box ticked in them, and no chip of a chosen filter.
    const filters = filterBar(page, en)
    await expect(filters, "the Overview's filters shown").toBeVisible()
    await expect.soft(filters.locator('input:checked[type="checkbox"]'), 'no filter box ticked').toHaveCount(0)
    await expect
      .soft(filters.getByRole('list', { name: en['filter.active'] }), 'no chip of a chosen filter')
      .toHaveCount(0)

    await notice.getByRole('button', { name: 'Dismiss' }).click()
    await expect.soft(notice, 'the notice gone after "Dismiss"').toHaveCount(0)
  })
}
