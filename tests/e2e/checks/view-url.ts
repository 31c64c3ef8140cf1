import type { Page } from 'playwright-core'
import { listOf, type Scope } from '../report.ts'
import type { StaticServer } from '../static-server.ts'
import { appUrl, backgroundLightness, searchOf, withAppPage, type Job, type Suite } from './app-page.ts'
import { BAR_SELECTOR, tabPanel, waitForBars } from './render.ts'
import { waitUntil } from './wait.ts'

/**
 * The view is in the URL (README, "The view is in the URL"), in the real browser under the
 * sub-path: a reload reopens the same view, Back and Forward step through views, a link with
 * parts the app cannot use says so and is rewritten, and Copy link copies this view's address.
 * Every state's page is also checked for console errors, page errors, CSP violations and requests
 * off the sub-path (app-page.ts).
 */

const DESKTOP = { width: 1280, height: 800 }

export function viewUrlJobs(): Job[] {
  return [
    { name: 'view-url: back, forward, copy link', run: checkHistoryAndCopy },
    { name: 'view-url: reload', run: checkReload },
    { name: 'view-url: ignored parameters', run: checkIgnoredParameters },
  ]
}

/** What the page shows of a view: read from the DOM, to compare with what the URL says. */
type Shown = {
  search: string
  selectedTabs: string[]
  /** Values of the ticked boxes in the tab's "Kind" filter (legend given), or null without one. */
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
      const shown = <T extends Element>(elements: Iterable<T>) => [...elements].filter((el) => el.checkVisibility({ visibilityProperty: true }))
      const group = shown(panel?.querySelectorAll('fieldset') ?? []).find(
        (fieldset) => fieldset.querySelector('legend')?.textContent?.trim() === legend,
      )
      return {
        search: location.search,
        selectedTabs: [...document.querySelectorAll('[role="tab"][aria-selected="true"]')].map(
          (tab) => tab.textContent?.trim() ?? '',
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

const describeShown = (shown: Shown) =>
  `URL "${shown.search}", selected tab ${listOf(shown.selectedTabs)}, Kind ticked [${shown.checkedKinds?.join(', ') ?? 'no Kind filter'}], ` +
  `${shown.dialogs.length === 0 ? 'no dialog' : `dialog "${shown.dialogs.join('", "')}"`} open, ${shown.bars} bars`

/** One history entry: its URL and what the page must show for it. */
type Entry = { what: string; search: string; tab: string; kinds: string[]; dialog: string | null }

const matches = (shown: Shown, entry: Entry) =>
  shown.search === entry.search &&
  shown.selectedTabs.length === 1 &&
  shown.selectedTabs[0] === entry.tab &&
  shown.checkedKinds !== null &&
  shown.checkedKinds.join(',') === entry.kinds.join(',') &&
  shown.dialogs.join('\u0000') === (entry.dialog ?? '') &&
  shown.bars > 0

/** Waits until the page shows the entry (URL and UI agree), then records whether it did. */
async function expectEntry(scope: Scope, page: Page, step: string, entry: Entry) {
  let shown = await readShown(page)
  await waitUntil(async () => {
    shown = await readShown(page)
    return matches(shown, entry)
  })
  scope.expect(
    'history',
    matches(shown, entry),
    `${step}: ${entry.what} — URL "${entry.search}", selected tab "${entry.tab}", Kind ticked [${entry.kinds.join(', ')}], ` +
      `${entry.dialog === null ? 'no dialog' : `the source dialog "${entry.dialog}"`} open, bars drawn`,
    () => describeShown(shown),
  )
}

/**
 * Three changes of view (a tab, a filter, a source panel) make three history entries: Back steps
 * through them to the default view, Forward returns, and the page always shows what its URL says.
 * Then Copy link copies the absolute address of the view shown.
 */
async function checkHistoryAndCopy(suite: Suite) {
  const scope = suite.report.scope('view-url: back, forward, copy link')
  const { server } = suite
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ context, page }) => {
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
    let isWalked = false
    await scope.run('history', async () => {
      await page.goto(appUrl(server))
      await waitForBars(page)
      await expectEntry(scope, page, 'opened', initial)

      await page.getByRole('tab', { name: 'NEV ecosystem' }).click()
      await expectEntry(scope, page, 'tab clicked', tabbed)

      await panel
        .getByRole('group', { name: 'Kind', exact: true })
        .getByRole('checkbox', { name: /^Reported\b/ })
        .check()
      await expectEntry(scope, page, 'filter ticked', filtered)

      // A figure card's "Source" button; its aria-label names the figure, the dialog's title.
      const sourceButton = panel.getByRole('button', { name: /^Source of / }).first()
      const label = ((await sourceButton.getAttribute('aria-label')) ?? '').replace(/^Source of /, '')
      await sourceButton.click()
      await page.locator('dialog[open]').waitFor()
      const source = new URL(page.url()).searchParams.get('source') ?? ''
      scope.expect(
        'history',
        /^[a-z0-9-]+$/.test(source),
        `?source=<the figure's id> after "Source" is clicked`,
        `"${page.url()}"`,
      )
      const opened: Entry = {
        what: `the source panel of "${label}"`,
        search: `?tab=nev&kind=reported&source=${source}`,
        tab: 'NEV ecosystem',
        kinds: ['reported'],
        dialog: label,
      }
      await expectEntry(scope, page, 'source opened', opened)

      await page.goBack()
      await expectEntry(scope, page, 'Back 1', filtered)
      await page.goBack()
      await expectEntry(scope, page, 'Back 2', tabbed)
      await page.goBack()
      await expectEntry(scope, page, 'Back 3', initial)
      await page.goForward()
      await expectEntry(scope, page, 'Forward', tabbed)
      await page.goForward()
      await expectEntry(scope, page, 'Forward again', filtered)
      isWalked = true
    })
    if (!isWalked) return

    await scope.run('copy-link', async () => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin })
      const shownUrl = page.url()
      await page.getByRole('button', { name: 'Copy link', exact: true }).click()
      const isConfirmed = await waitUntil(() =>
        page.getByRole('button', { name: 'Link copied', exact: true }).isVisible(),
      )
      const labels = await page.getByRole('group', { name: 'Share this view' }).getByRole('button').allInnerTexts()
      scope.expect(
        'copy-link',
        isConfirmed,
        'the button to say "Link copied" after the click',
        `buttons ${listOf(labels)}`,
      )
      const copied = await page.evaluate(() => navigator.clipboard.readText())
      scope.expect(
        'copy-link',
        copied === shownUrl && copied.startsWith(appUrl(server)),
        `the clipboard to hold the absolute URL of the view shown, "${shownUrl}"`,
        `"${copied}"`,
      )
    })
  })
}

/**
 * A view with a tab, a filter, the table, Chinese and dark: shown as the link says, and the same
 * again after a reload (the link is already canonical, so the URL must not change either).
 */
async function checkReload(suite: Suite) {
  const scope = suite.report.scope('view-url: reload')
  const query = 'tab=nev&kind=context&show=table&lang=zh&theme=dark'
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ page }) => {
    await scope.run('reload', async () => {
      await page.goto(appUrl(suite.server, query))
      await checkZhDarkTable(scope, page, `?${query}`, 'opened')
      await page.reload()
      await checkZhDarkTable(scope, page, `?${query}`, 'after a reload')
    })
  })
}

type ZhView = Shown & {
  lang: string
  isDarkClass: boolean
  lightness: number
  heading: string
  tableChosen: boolean
  notices: number
}

async function checkZhDarkTable(scope: Scope, page: Page, search: string, step: string) {
  const read = async (): Promise<ZhView> => ({
    // The Chinese UI: the Kind filter's legend is 类型, the Table choice 表格.
    ...(await readShown(page, '类型')),
    ...(await page.evaluate(() => ({
      lang: document.documentElement.lang,
      isDarkClass: document.documentElement.classList.contains('dark'),
      heading: document.querySelector('[role="tabpanel"] h2')?.textContent?.trim() ?? '',
      notices: [...document.querySelectorAll('[role="status"]')].filter((s) =>
        s.textContent?.includes('链接中的部分内容已被忽略'),
      ).length,
    }))),
    tableChosen: await page.getByRole('radio', { name: '表格', exact: true }).isChecked(),
    lightness: await backgroundLightness(page),
  })
  const isShown = (v: ZhView) => v.tables > 0 && v.bars === 0 && v.selectedTabs.length === 1
  let view = await read().catch(() => null)
  await waitUntil(async () => {
    view = await read().catch(() => null)
    return view !== null && isShown(view)
  })
  if (!view) {
    scope.expect('reload', false, `${step}: the view drawn`, 'no tabpanel')
    return
  }
  const v: ZhView = view
  const expectations: [ok: boolean, expected: string, found: string][] = [
    [v.search === search, `the URL "${search}" unchanged`, `"${v.search}"`],
    [
      v.selectedTabs.join() === '新能源汽车生态',
      'the selected tab "新能源汽车生态" (NEV, in Chinese)',
      listOf(v.selectedTabs),
    ],
    [
      v.checkedKinds?.join() === 'context',
      'only "背景数据" (Context) ticked in the "类型" (Kind) filter',
      `[${v.checkedKinds?.join(', ') ?? 'no 类型 filter'}]`,
    ],
    [
      v.tables > 0 && v.bars === 0 && v.tableChosen,
      'tables instead of charts, with "表格" (Table) chosen',
      `${v.tables} tables, ${v.bars} bars, 表格 ${v.tableChosen ? '' : 'not '}chosen`,
    ],
    [v.heading === '成渝新能源汽车生态', 'the Chinese heading "成渝新能源汽车生态"', `"${v.heading}"`],
    [v.lang === 'zh-CN', '<html lang="zh-CN">', `lang="${v.lang}"`],
    [
      v.isDarkClass && v.lightness < 0.5,
      '<html class="dark"> and a dark background',
      `class dark ${v.isDarkClass ? 'set' : 'missing'}, background lightness ${v.lightness.toFixed(2)}`,
    ],
    [v.notices === 0, 'no "link ignored" notice for a valid link', `${v.notices}`],
  ]
  for (const [ok, expected, found] of expectations) scope.expect('reload', ok, `${step}: ${expected}`, found)
}

const NOTICE_TITLE = 'Part of this link was ignored'

/**
 * Parameters the app cannot use are ignored and listed in a dismissible notice, and the URL is
 * rewritten to what is shown. An id the dataset lacks is known only once it has loaded.
 */
async function checkIgnoredParameters(suite: Suite) {
  const scope = suite.report.scope('view-url: ignored parameters')
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ page }) => {
    await scope.run('notice', async () => {
      await page.goto(appUrl(suite.server, 'tab=xyz&foo=1&kind=bogus'))
      await checkNotice(scope, page, suite.server, 'tab=xyz&foo=1&kind=bogus', [
        { what: 'the unknown parameter foo', words: ['foo'] },
        { what: 'tab=xyz', words: ['xyz', 'tab'] },
        { what: 'kind=bogus', words: ['bogus', 'kind'] },
      ])
    })
    await scope.run('notice', async () => {
      await page.goto(appUrl(suite.server, 'speaker=nobody'))
      await checkNotice(scope, page, suite.server, 'speaker=nobody', [
        { what: 'the unknown speaker "nobody"', words: ['nobody', 'Speaker'] },
      ])
    })
  })
}

async function checkNotice(
  scope: Scope,
  page: Page,
  server: StaticServer,
  query: string,
  ignored: { what: string; words: string[] }[],
) {
  const notice = page.getByRole('status').filter({ hasText: NOTICE_TITLE })
  await waitForBars(page)
  const isShown = await notice
    .waitFor({ state: 'visible' })
    .then(() => true)
    .catch(() => false)
  if (!scope.expect('notice', isShown, `?${query}: a notice "${NOTICE_TITLE}"`, 'none')) return

  // The dataset can add problems after the first render: wait until all are listed.
  const items = notice.getByRole('listitem')
  await waitUntil(async () => (await items.count()) >= ignored.length)
  const listed = await items.allInnerTexts()
  scope.expect(
    'notice',
    listed.length === ignored.length,
    `?${query}: ${ignored.length} ignored parts listed`,
    `${listed.length}: ${listOf(listed)}`,
  )
  for (const { what, words } of ignored) {
    scope.expect(
      'notice',
      listed.some((item) => words.every((word) => item.includes(word))),
      `?${query}: an item naming ${what} (with ${words.map((w) => `"${w}"`).join(' and ')})`,
      listOf(listed),
    )
  }

  // Nothing here is usable, so the canonical form is the default view: no query at all.
  const isRewritten = await waitUntil(async () => searchOf(page) === '')
  scope.expect(
    'notice',
    isRewritten,
    `?${query}: the URL rewritten to the canonical "${appUrl(server)}" (no query)`,
    `"${page.url()}"`,
  )
  const selected = await page.getByRole('tab', { selected: true }).allInnerTexts()
  scope.expect(
    'notice',
    selected.join() === 'Overview',
    `?${query}: the default tab "Overview" shown`,
    listOf(selected),
  )
  const ticked = await tabPanel(page).locator('fieldset:visible input:checked[type="checkbox"]').count()
  scope.expect('notice', ticked === 0, `?${query}: no filter applied`, `${ticked} boxes ticked`)

  await notice.getByRole('button', { name: 'Dismiss' }).click()
  const isHidden = await waitUntil(async () => (await notice.count()) === 0)
  scope.expect('notice', isHidden, `?${query}: the notice gone after "Dismiss"`, 'still shown')
}
