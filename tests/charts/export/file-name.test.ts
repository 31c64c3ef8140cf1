// @vitest-environment node
import { exportFileName } from '@/charts/export/file-name'
import { tabCharts, tabs } from '@/view-state/view'

describe('exportFileName', () => {
  it('names the tab, the chart and the language, as the view’s link does', () => {
    expect(exportFileName('output', 'en', 'png')).toBe('nev-output-en.png')
    expect(exportFileName('by-tier', 'zh', 'csv')).toBe('clusters-by-tier-zh.csv')
    expect(exportFileName('trade', 'en', 'svg')).toBe('overview-trade-en.svg')
    expect(exportFileName('items', 'zh', 'png')).toBe('finance-items-zh.png')
  })

  it('gives every chart of every tab its own name', () => {
    const names = tabs.flatMap((tab) => tabCharts[tab].map((chart) => exportFileName(chart, 'en', 'csv')))
    expect(new Set(names).size).toBe(names.length)
    expect(names.every((name) => /^[a-z]+-[a-z-]+-en\.csv$/.test(name))).toBe(true)
  })
})
