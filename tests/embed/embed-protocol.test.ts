import {
  applyHostCommand,
  buildHeightMessage,
  heightTargetOrigin,
  isFromHost,
  parseHostCommand,
} from '@/embed/embed-protocol'
import { parseView } from '@/view-state/parse-view'
import { defaultView, emptyFilters, type View } from '@/view-state/view'

const HOST = 'https://intranet.example'
const embedded = (search: string): View => parseView(search).view

describe('buildHeightMessage', () => {
  it('writes the documented, versioned shape', () => {
    expect(buildHeightMessage(812, '?tab=nev&chart=output&embed=1')).toEqual({
      type: 'cq-dashboard:height',
      version: 1,
      height: 812,
      view: '?tab=nev&chart=output&embed=1',
    })
  })

  it('rounds a fractional height up, so the frame never clips the last pixel', () => {
    expect(buildHeightMessage(640.2, '').height).toBe(641)
  })

  it('never sends a negative or non-finite height', () => {
    expect(buildHeightMessage(-5, '').height).toBe(0)
    expect(buildHeightMessage(Number.NaN, '').height).toBe(0)
    expect(buildHeightMessage(Number.POSITIVE_INFINITY, '').height).toBe(0)
  })
})

describe('heightTargetOrigin', () => {
  it('sends only to the named host', () => {
    expect(heightTargetOrigin(embedded(`?embed=1&host=${HOST}`))).toBe(HOST)
  })

  it('sends to any framing page without host=, since the height and view are no secret', () => {
    expect(heightTargetOrigin(embedded('?embed=1'))).toBe('*')
  })
})

describe('isFromHost', () => {
  const parent = {} as Window
  const other = {} as Window

  it('accepts the named origin posting from the parent window', () => {
    expect(isFromHost({ origin: HOST, source: parent }, HOST, parent)).toBe(true)
  })

  it('ignores every command when the embed URL names no host', () => {
    expect(isFromHost({ origin: HOST, source: parent }, null, parent)).toBe(false)
  })

  it('ignores another origin, including a look-alike', () => {
    for (const origin of [
      'https://evil.example',
      'http://intranet.example',
      'https://intranet.example:444',
      'null',
      '',
    ]) {
      expect(isFromHost({ origin, source: parent }, HOST, parent), origin).toBe(false)
    }
  })

  it('ignores the right origin posting from another window (a sibling frame, a popup)', () => {
    expect(isFromHost({ origin: HOST, source: other }, HOST, parent)).toBe(false)
    expect(isFromHost({ origin: HOST, source: null }, HOST, parent)).toBe(false)
  })
})

describe('parseHostCommand', () => {
  it('reads each documented command', () => {
    expect(parseHostCommand({ type: 'cq-dashboard:set-tab', version: 1, tab: 'finance' })).toEqual({
      type: 'cq-dashboard:set-tab',
      version: 1,
      tab: 'finance',
    })
    expect(parseHostCommand({ type: 'cq-dashboard:set-view', version: 1, view: '?tab=nev' })).toMatchObject({
      view: '?tab=nev',
    })
    expect(
      parseHostCommand({ type: 'cq-dashboard:set-filters', version: 1, filters: { kind: ['target'], region: null } }),
    ).toMatchObject({ filters: { kind: ['target'], region: null } })
  })

  it('ignores fields it does not know, so version 1 can grow optional fields', () => {
    expect(parseHostCommand({ type: 'cq-dashboard:set-tab', version: 1, tab: 'nev', requestId: 7 })).toEqual({
      type: 'cq-dashboard:set-tab',
      version: 1,
      tab: 'nev',
    })
  })

  it.each([
    ['null', null],
    ['a string (Flourish-style JSON text)', '{"type":"cq-dashboard:set-tab","version":1,"tab":"nev"}'],
    ['a number', 42],
    ['an array', [{ type: 'cq-dashboard:set-tab', version: 1, tab: 'nev' }]],
    ['another app’s message', { 'datawrapper-height': { abc: 400 } }],
    ['an unknown type', { type: 'cq-dashboard:reload', version: 1 }],
    ['the height message echoed back', { type: 'cq-dashboard:height', version: 1, height: 10, view: '' }],
    ['no version', { type: 'cq-dashboard:set-tab', tab: 'nev' }],
    ['a future version', { type: 'cq-dashboard:set-tab', version: 2, tab: 'nev' }],
    ['a version as text', { type: 'cq-dashboard:set-tab', version: '1', tab: 'nev' }],
    ['an unknown tab', { type: 'cq-dashboard:set-tab', version: 1, tab: 'xyz' }],
    ['a tab of the wrong type', { type: 'cq-dashboard:set-tab', version: 1, tab: ['nev'] }],
    ['a view that is not text', { type: 'cq-dashboard:set-view', version: 1, view: { tab: 'nev' } }],
    ['a huge view string', { type: 'cq-dashboard:set-view', version: 1, view: `?tab=nev&kind=${'a'.repeat(100_000)}` }],
    ['filters that are not an object', { type: 'cq-dashboard:set-filters', version: 1, filters: 'kind=target' }],
    ['an unknown filter', { type: 'cq-dashboard:set-filters', version: 1, filters: { colour: 'red' } }],
    ['a filter value of the wrong type', { type: 'cq-dashboard:set-filters', version: 1, filters: { kind: 3 } }],
    ['a huge filter value', { type: 'cq-dashboard:set-filters', version: 1, filters: { region: 'a'.repeat(10_000) } }],
    [
      'too many filter values',
      { type: 'cq-dashboard:set-filters', version: 1, filters: { kind: Array(1000).fill('target') } },
    ],
  ])('ignores %s', (_, data) => {
    expect(parseHostCommand(data)).toBeNull()
  })
})

describe('applyHostCommand', () => {
  const current = embedded(`?tab=nev&kind=target&chart=output&embed=1&host=${HOST}&lang=zh&theme=dark`)
  const apply = (data: unknown) => {
    const command = parseHostCommand(data)
    if (!command) throw new Error('the test command does not parse')
    return applyHostCommand(current, command)
  }

  it('switches tab from the new tab’s defaults, staying an embed for the same host', () => {
    expect(apply({ type: 'cq-dashboard:set-tab', version: 1, tab: 'finance' })).toEqual({
      ...current,
      tab: 'finance',
      filters: emptyFilters,
      chart: null,
    })
  })

  it('replaces the filters: those not named go back to all', () => {
    const next = apply({ type: 'cq-dashboard:set-filters', version: 1, filters: { region: 'sichuan-chongqing' } })
    expect(next).toEqual({ ...current, filters: { ...emptyFilters, region: 'sichuan-chongqing' } })
  })

  it('takes a multi-choice filter as a list or as comma-separated text', () => {
    const asList = apply({ type: 'cq-dashboard:set-filters', version: 1, filters: { kind: ['reported', 'context'] } })
    const asText = apply({ type: 'cq-dashboard:set-filters', version: 1, filters: { kind: 'context,reported' } })
    expect(asList?.filters.kind).toEqual(['reported', 'context'])
    expect(asText).toEqual(asList)
  })

  it('refuses a whole command when one filter is invalid or not on the tab', () => {
    expect(apply({ type: 'cq-dashboard:set-filters', version: 1, filters: { kind: ['target', 'rumour'] } })).toBeNull()
    expect(apply({ type: 'cq-dashboard:set-filters', version: 1, filters: { proposal: 'green-finance' } })).toBeNull()
  })

  it('shows a view string as a link would, keeping the language and theme unless it names them', () => {
    expect(apply({ type: 'cq-dashboard:set-view', version: 1, view: '?tab=clusters&tier=emerging' })).toEqual({
      ...defaultView,
      tab: 'clusters',
      filters: { ...emptyFilters, tier: ['emerging'] },
      mode: 'embed',
      host: HOST,
      lang: 'zh',
      theme: 'dark',
    })
    expect(apply({ type: 'cq-dashboard:set-view', version: 1, view: 'tab=finance&lang=en' })).toMatchObject({
      tab: 'finance',
      lang: 'en',
      theme: 'dark',
    })
  })

  it('refuses a view string with anything the URL would ignore', () => {
    expect(apply({ type: 'cq-dashboard:set-view', version: 1, view: '?tab=xyz' })).toBeNull()
    expect(apply({ type: 'cq-dashboard:set-view', version: 1, view: '?tab=nev&utm_source=mail' })).toBeNull()
  })

  it('refuses the All figures table, which is never embedded, by tab or by view', () => {
    expect(apply({ type: 'cq-dashboard:set-tab', version: 1, tab: 'all-figures' })).toBeNull()
    expect(apply({ type: 'cq-dashboard:set-view', version: 1, view: '?tab=all-figures&kind=target' })).toBeNull()
  })

  it('never lets a command leave embed mode or hand control to another origin', () => {
    expect(apply({ type: 'cq-dashboard:set-view', version: 1, view: '?present=1' })).toBeNull()
    expect(apply({ type: 'cq-dashboard:set-view', version: 1, view: '?embed=1&host=https://evil.example' })).toBeNull()
    expect(apply({ type: 'cq-dashboard:set-view', version: 1, view: '?tab=nev' })).toMatchObject({
      mode: 'embed',
      host: HOST,
    })
  })
})
