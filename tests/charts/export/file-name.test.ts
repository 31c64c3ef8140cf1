// @vitest-environment node
import { exportFileName } from '@/charts/export/file-name'
import { tabCharts, tabs } from '@/view-state/view'

describe('exportFileName', () => {
  it('names the tab, the part and the language, as the view’s link does', () => {
    expect(exportFileName('nev', 'output', 'en', 'png')).toBe('nev-output-en.png')
    expect(exportFileName('clusters', 'matrix', 'zh', 'csv')).toBe('clusters-matrix-zh.csv')
    expect(exportFileName('overview', 'trade', 'en', 'svg')).toBe('overview-trade-en.svg')
    expect(exportFileName('finance', 'proposals', 'zh', 'csv')).toBe('finance-proposals-zh.csv')
  })

  it('gives every part of every tab its own name, parts of the same name on two tabs included', () => {
    const names = tabs.flatMap((tab) => tabCharts[tab].map((chart) => exportFileName(tab, chart, 'en', 'csv')))
    expect(new Set(names).size).toBe(names.length)
    expect(names).toContain('overview-headlines-en.csv')
    expect(names).toContain('nev-headlines-en.csv')
    expect(names.every((name) => /^[a-z]+-[a-z-]+-en\.csv$/.test(name))).toBe(true)
  })
})
