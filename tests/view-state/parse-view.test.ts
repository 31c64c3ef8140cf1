// @vitest-environment node
import fc from 'fast-check'
import { factKinds, tiers, topics } from '@/data/vocabulary'
import { parseView } from '@/view-state/parse-view'
import { serializeView } from '@/view-state/serialize-view'
import { defaultDeck } from '@/view-state/default-deck'
import {
  defaultView,
  displays,
  emptyFilters,
  isReferenceTab,
  locales,
  modes,
  sortColumns,
  tabCharts,
  tabFilters,
  tabs,
  themes,
  type View,
} from '@/view-state/view'

const view = (change: Partial<Omit<View, 'filters'>> & { filters?: Partial<View['filters']> } = {}): View => ({
  ...defaultView,
  ...change,
  filters: { ...emptyFilters, ...change.filters },
})

describe('parseView', () => {
  it('gives the default view for an empty query', () => {
    expect(parseView('')).toEqual({ view: defaultView, problems: [] })
    expect(parseView('?')).toEqual({ view: defaultView, problems: [] })
  })

  it('reads every part of a valid link', () => {
    const { view: parsed, problems } = parseView(
      '?tab=nev&kind=reported,context&region=china&show=table&lang=zh&theme=dark',
    )
    expect(problems).toEqual([])
    expect(parsed).toEqual(
      view({
        tab: 'nev',
        display: 'table',
        lang: 'zh',
        theme: 'dark',
        filters: { kind: ['reported', 'context'], region: 'china' },
      }),
    )
  })

  it('reads the figure in the spotlight, and reports one that is no id', () => {
    expect(parseView('?tab=nev&spotlight=nev-output').view.spotlight).toBe('nev-output')
    expect(serializeView({ ...defaultView, tab: 'nev', spotlight: 'nev-output' })).toBe('?tab=nev&spotlight=nev-output')
    const { view: parsed, problems } = parseView('?spotlight=Not%20an%20id')
    expect(parsed.spotlight).toBeNull()
    expect(problems).toEqual([{ kind: 'invalid-value', param: 'spotlight', value: 'Not an id' }])
  })

  it('reads a query with or without its leading "?"', () => {
    expect(parseView('tab=finance')).toEqual(parseView('?tab=finance'))
  })

  it('reports an unknown parameter and keeps the rest of the view', () => {
    expect(parseView('?foo=1&tab=nev')).toEqual({
      view: view({ tab: 'nev' }),
      problems: [{ kind: 'unknown-param', param: 'foo' }],
    })
  })

  it.each([
    ['tab', 'xyz'],
    ['lang', 'fr'],
    ['theme', 'sepia'],
    ['show', 'pie'],
  ])('reports an invalid %s "%s" and uses the default', (param, value) => {
    const { view: parsed, problems } = parseView(`?${param}=${value}`)
    expect(problems).toEqual([{ kind: 'invalid-value', param, value }])
    expect(parsed).toEqual(defaultView)
  })

  it('reports an invalid filter value and shows everything for that filter', () => {
    for (const [query, param, value] of [
      ['?tab=nev&kind=rumour', 'kind', 'rumour'],
      ['?tab=nev&kind=reported,rumour', 'kind', 'reported,rumour'],
      ['?tab=nev&kind=', 'kind', ''],
      ['?tab=nev&region=Not%20an%20id', 'region', 'Not an id'],
      ['?tab=clusters&tier=huge', 'tier', 'huge'],
      ['?tab=finance&category=bank', 'category', 'bank'],
    ] as const) {
      const { view: parsed, problems } = parseView(query)
      expect(problems, query).toEqual([{ kind: 'invalid-value', param, value }])
      expect(parsed.filters, query).toEqual(emptyFilters)
    }
  })

  it('reports a filter that the tab does not have, and drops it', () => {
    expect(parseView('?tab=finance&kind=reported')).toEqual({
      view: view({ tab: 'finance' }),
      problems: [{ kind: 'not-on-tab', param: 'kind', tab: 'finance' }],
    })
    expect(parseView('?region=china').problems).toEqual([{ kind: 'not-on-tab', param: 'region', tab: defaultView.tab }])
  })

  it('judges filters against the tab actually shown when the tab itself is invalid', () => {
    const { view: parsed, problems } = parseView('?tab=xyz&region=china')
    expect(parsed).toEqual(defaultView)
    expect(problems).toEqual([
      { kind: 'invalid-value', param: 'tab', value: 'xyz' },
      { kind: 'not-on-tab', param: 'region', tab: defaultView.tab },
    ])
  })

  it('puts chosen kinds in one order and drops repeats, so equal choices give equal views', () => {
    expect(parseView('?tab=nev&kind=context,reported,context').view.filters.kind).toEqual(['reported', 'context'])
  })

  it('shortens a very long value in its problem report', () => {
    const long = 'x'.repeat(5000)
    const [problem] = parseView(`?tab=${long}`).problems
    expect(problem).toMatchObject({ kind: 'invalid-value', param: 'tab', value: expect.stringMatching(/^x+/) })
    expect(problem && 'value' in problem && problem.value.length).toBeLessThan(long.length / 10)
  })

  it('reads the presenter view only while presenting, and reports it elsewhere', () => {
    expect(parseView('?present=1&slide=3&presenter=1')).toEqual({
      view: { ...defaultView, mode: 'present', slide: 3, isPresenterView: true },
      problems: [],
    })
    expect(parseView('?tab=nev&presenter=1')).toEqual({
      view: { ...defaultView, tab: 'nev' },
      problems: [{ kind: 'invalid-value', param: 'presenter', value: '1' }],
    })
  })

  it.each([
    '%',
    '%E0%A4%A',
    '&&&==&',
    '?tab',
    '?tab=&tab=nev',
    '?=nev',
    '?tab=nev&kind=,,,',
    '?tab=nev&region=-',
    '?__proto__=1&constructor=x',
    '?tab=%00',
    '?lang=zh#hash',
    '?😀=😀',
    '?tab=nev&region=' + 'a'.repeat(300),
  ])('never throws on odd input: %s', (query) => {
    const result = parseView(query)
    expect(tabs).toContain(result.view.tab)
    expect(Array.isArray(result.problems)).toBe(true)
  })
})

describe('parseView on the All figures tab', () => {
  it('reads its filters, its text and its sort', () => {
    const { view: parsed, problems } = parseView(
      '?tab=all-figures&kind=target&speaker=xu-lin&topic=trade,nev&q=2.7+million&sort=value:desc',
    )
    expect(problems).toEqual([])
    expect(parsed.filters).toEqual({
      ...emptyFilters,
      kind: ['target'],
      speaker: 'xu-lin',
      topic: ['trade', 'nev'],
      q: '2.7 million',
      sort: 'value:desc',
    })
  })

  it('keeps the text as written but for spaces at either end, and round-trips markup as text', () => {
    expect(parseView('?tab=all-figures&q=%20%20Xu%20Lin%20').view.filters.q).toBe('Xu Lin')
    const markup = view({ tab: 'all-figures', filters: { q: '<img src=x onerror=alert(1)> & "a,b:c/d"' } })
    expect(parseView(serializeView(markup))).toEqual({ view: markup, problems: [] })
  })

  it.each([
    ['sort', 'colour'],
    ['sort', 'value:asc'],
    ['sort', 'value:desc:desc'],
    ['q', ''],
    ['q', '   '],
    ['q', 'x'.repeat(201)],
    ['topic', 'weather'],
  ])('reports %s=%j and leaves the table unsorted or unfiltered', (param, value) => {
    const { view: parsed, problems } = parseView(`?tab=all-figures&${param}=${encodeURIComponent(value)}`)
    expect(problems).toEqual([{ kind: 'invalid-value', param, value: value.length > 200 ? expect.any(String) : value }])
    expect(parsed).toEqual(view({ tab: 'all-figures' }))
  })

  it('says that its text, topic and sort do not apply to another tab', () => {
    expect(parseView('?tab=nev&q=cars&topic=nev&sort=value').problems).toEqual([
      { kind: 'not-on-tab', param: 'topic', tab: 'nev' },
      { kind: 'not-on-tab', param: 'q', tab: 'nev' },
      { kind: 'not-on-tab', param: 'sort', tab: 'nev' },
    ])
  })

  it('is not embedded: an embed link to it shows the default tab, and says so', () => {
    const { view: parsed, problems } = parseView('?tab=all-figures&embed=1&q=cars')
    expect(parsed).toEqual(view({ mode: 'embed' }))
    expect(problems).toEqual([
      { kind: 'invalid-value', param: 'tab', value: 'all-figures' },
      { kind: 'not-on-tab', param: 'q', tab: 'overview' },
    ])
  })

  it('is no slide of a deck, but a presenter may start from it', () => {
    const { view: parsed, problems } = parseView('?present=1&view=tab%3Dall-figures&view=tab%3Dnev')
    expect(parsed.deck).toEqual(['tab=nev'])
    expect(problems).toEqual([{ kind: 'bad-slide', slide: 1, value: 'tab=all-figures' }])
    expect(parseView('?tab=all-figures&present=1').problems).toEqual([])
  })
})

describe('serializeView', () => {
  it('writes nothing for the default view', () => {
    expect(serializeView(defaultView)).toBe('')
  })

  it('writes only what differs from the default', () => {
    expect(serializeView(view({ lang: 'zh' }))).toBe('?lang=zh')
    expect(serializeView(view({ tab: 'nev', filters: { kind: ['context'] } }))).toBe('?tab=nev&kind=context')
  })

  it('leaves out filters that do not belong to the tab', () => {
    expect(serializeView(view({ tab: 'finance', filters: { region: 'china', kind: ['reported'] } }))).toBe(
      '?tab=finance',
    )
  })

  it('keeps the commas between chosen values readable', () => {
    expect(serializeView(view({ tab: 'nev', filters: { kind: ['reported', 'context'] } }))).toContain(
      'kind=reported,context',
    )
  })

  it('writes equal views as equal links, whatever order they were built in', () => {
    const a: View = { ...view({ tab: 'nev' }), theme: 'dark', lang: 'zh', display: 'table' }
    const b: View = { ...defaultView, display: 'table', lang: 'zh', theme: 'dark', tab: 'nev' }
    expect(serializeView(a)).toBe(serializeView(b))
  })
})

describe('parseView and serializeView together', () => {
  it.each([
    view(),
    view({
      tab: 'clusters',
      filters: { region: 'liangjiang', tier: ['trillion-level', 'emerging'], kind: ['target'] },
    }),
    view({ tab: 'nev', display: 'table', filters: { kind: ['reported', 'derived', 'context'], region: 'china' } }),
    view({
      tab: 'finance',
      lang: 'zh',
      theme: 'light',
      filters: { proposal: 'green-finance', category: ['centre', 'platform'] },
    }),
    view({ tab: 'overview', theme: 'dark', filters: { speaker: 'xu-lin', kind: ['target'] } }),
    view({
      tab: 'all-figures',
      lang: 'zh',
      filters: { kind: ['derived'], speaker: 'li-jie', topic: ['trade'], q: '两江 新区', sort: 'notes:desc' },
    }),
  ])('round-trips %j', (original) => {
    expect(parseView(serializeView(original))).toEqual({ view: original, problems: [] })
  })

  const id = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).filter((s) => s.length <= 200)
  const validView: fc.Arbitrary<View> = fc
    .record({
      tab: fc.constantFrom(...tabs),
      lang: fc.constantFrom(...locales),
      theme: fc.constantFrom(...themes),
      display: fc.constantFrom(...displays),
      kind: fc.subarray([...factKinds]),
      speaker: fc.option(id, { nil: null }),
      region: fc.option(id, { nil: null }),
      tier: fc.subarray([...tiers]),
      proposal: fc.option(id, { nil: null }),
      category: fc.subarray(['centre', 'platform'] as const),
      topic: fc.subarray([...topics]),
      // Any text but what a link cannot carry as typed: nothing at either end, no lone surrogate.
      q: fc.option(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 200 })
          .map((text) => text.trim())
          .filter((text) => text !== '' && text.length <= 200),
        { nil: null },
      ),
      sort: fc.option(
        fc.constantFrom(...sortColumns).chain((column) => fc.constantFrom(column, `${column}:desc`)),
        { nil: null },
      ),
    })
    .map(({ tab, lang, theme, display, ...all }) => {
      // A link carries only the filters of its tab.
      const filters = { ...emptyFilters }
      for (const key of tabFilters[tab]) Object.assign(filters, { [key]: all[key] })
      return { ...defaultView, tab, lang, theme, display, filters }
    })

  it('round-trips any valid view', () => {
    fc.assert(
      fc.property(validView, (original) => {
        expect(parseView(serializeView(original))).toEqual({ view: original, problems: [] })
      }),
    )
  })

  // One part of a tab, a source panel open, a presenter's deck and slide, an embed's host.
  const partView: fc.Arbitrary<View> = fc.constantFrom(...tabs).chain((tab) =>
    fc
      .record({
        // A tab with no parts of its own (All figures) shows all of itself.
        chart:
          tabCharts[tab].length > 0 ? fc.option(fc.constantFrom(...tabCharts[tab]), { nil: null }) : fc.constant(null),
        source: fc.option(id, { nil: null }),
        spotlight: fc.option(id, { nil: null }),
        // The All figures table is never embedded.
        mode: fc.constantFrom(...modes.filter((mode) => mode !== 'embed' || !isReferenceTab(tab))),
        slide: fc.integer({ min: 1, max: 999 }),
        // A deck's slides are view links themselves; anything else is reported, not kept.
        deck: fc.array(
          fc.constantFrom(...defaultDeck, 'tab=nev&kind=context&show=table', 'tab=clusters&region=liangjiang'),
          {
            maxLength: 4,
          },
        ),
        host: fc.option(
          fc.webUrl().map((url) => new URL(url).origin),
          { nil: null },
        ),
        isPresenterView: fc.boolean(),
      })
      .map(({ mode, slide, deck, host, isPresenterView, ...rest }) => ({
        ...defaultView,
        ...rest,
        tab,
        mode,
        // A slide is within its deck (the default deck when none is given); past the end is reported.
        slide: mode === 'present' ? 1 + ((slide - 1) % (deck.length || defaultDeck.length)) : defaultView.slide,
        deck: mode === 'present' ? deck : [],
        isPresenterView: mode === 'present' && isPresenterView,
        host: mode === 'embed' ? host : null,
      })),
  )

  it('round-trips any valid view of one part, a source, a slide or an embed', () => {
    fc.assert(
      fc.property(partView, (original) => {
        expect(parseView(serializeView(original))).toEqual({ view: original, problems: [] })
      }),
    )
  })

  const known = [
    ...['tab', 'lang', 'theme', 'show', 'kind', 'speaker', 'region', 'tier', 'proposal', 'category', 'foo'],
    ...['chart', 'source', 'spotlight', 'present', 'embed', 'slide', 'view', 'presenter', 'host'],
  ]
  const plausibleValue = fc.oneof(
    fc.constantFrom(
      'nev',
      'finance',
      'zh',
      'dark',
      'table',
      'reported,context',
      'china',
      'emerging',
      'centre',
      '',
      '1',
    ),
    fc.constantFrom('output', 'trade', '2', 'https://example.org', '?tab=nev'),
    fc.string(),
  )
  const plausibleQuery = fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...known), fc.string()), plausibleValue), { maxLength: 8 })
    .map((pairs) => `?${new URLSearchParams(pairs).toString()}`)

  it('never throws on any query string, and its canonical link reads back as the same view with no problems', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webQueryParameters(), plausibleQuery), (query) => {
        const { view: parsed } = parseView(query)
        expect(parseView(serializeView(parsed))).toEqual({ view: parsed, problems: [] })
      }),
      { numRuns: 300 },
    )
  })
})
