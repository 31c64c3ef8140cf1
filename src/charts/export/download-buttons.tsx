import { useId, useState, type RefObject } from 'react'
import { useI18n } from '@/i18n/i18n'
import { Button } from '@/ui/button'
import { currentView, useViewSelector, viewUrl } from '@/view-state/use-view-state'
import type { ChartDownload, ExportFormat, FrameText } from '@/charts/export/chart-data'

type DownloadButtonsProps = {
  download: ChartDownload
  text: FrameText
  figureRef: RefObject<HTMLElement | null>
  /** Images are drawn from a chart: with its table shown, or for a view that is no chart, only the data can be downloaded. */
  isChartShown: boolean
}

/**
 * A chart's downloads: PNG and SVG images of the chart with its title, source and date, and the
 * data as CSV. Each button names the chart, so a screen reader hears which chart it saves. The
 * code that makes the files loads on the first click.
 */
export function DownloadButtons({ download, text, figureRef, isChartShown }: DownloadButtonsProps) {
  const i18n = useI18n()
  const mode = useViewSelector((view) => view.mode)
  const labelId = useId()
  const [failure, setFailure] = useState<string | null>(null)
  // An embed's sandbox does not allow downloads: buttons there would do nothing.
  if (mode === 'embed') return null

  // Lists and matrices are HTML, not drawings: their data downloads, as a chart's table's does.
  const isDrawing = download.data.kind === 'figures'
  const formats: ExportFormat[] = isChartShown && isDrawing ? ['png', 'svg', 'csv'] : ['csv']
  const save = async (format: ExportFormat) => {
    const figure = figureRef.current
    if (!figure) return
    setFailure(null)
    try {
      const { exportChart } = await import('@/charts/export/export-chart')
      await exportChart({
        format,
        download,
        text,
        i18n,
        figure,
        // This chart alone, with its filters and language; chart or table is the reader's choice,
        // not the data's, so every file from one view links back to the same place.
        url: viewUrl({
          ...currentView(),
          mode: 'app',
          tab: download.tab,
          chart: download.chart,
          source: null,
          display: 'chart',
        }),
      })
    } catch (error) {
      setFailure(i18n.t('export.failed', { detail: error instanceof Error ? error.message : String(error) }))
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <div role="group" aria-labelledby={labelId} className="flex flex-wrap items-center gap-1.5">
        <span id={labelId} className="font-medium">
          {i18n.t('export.label')}
        </span>
        {formats.map((format) => (
          <Button
            key={format}
            size="sm"
            onClick={() => void save(format)}
            aria-label={i18n.t('export.as', { title: text.title, format: i18n.t(`export.${format}`) })}
          >
            {i18n.t(`export.${format}`)}
          </Button>
        ))}
      </div>
      {isDrawing && !isChartShown && <p className="text-ink-muted">{i18n.t('export.chartOnly')}</p>}
      {failure && (
        <p role="alert" className="text-danger">
          {failure}
        </p>
      )}
    </div>
  )
}
