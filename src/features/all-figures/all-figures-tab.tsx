import { useDeferredValue, useId, useMemo } from 'react'
import { DATASET_URL } from '@/data/dataset-query'
import type { Dataset } from '@/data/schema'
import { topics } from '@/data/vocabulary'
import { useI18n } from '@/i18n/i18n'
import { Button, buttonClassName } from '@/ui/button'
import { EmptyState } from '@/ui/empty-state'
import type { TabProps } from '@/view-state/tab-props'
import { currentView, viewUrl } from '@/view-state/use-view-state'
import { download } from '@/charts/export/download'
import { kindFilter, speakerFilter, TabFilters } from '@/charts/tab-filters'
import { toDatasetCsv } from '@/features/all-figures/dataset-csv'
import { EntriesTable } from '@/features/all-figures/entries-table'
import { entryView, selectAllFigures, selectEntries, type FactEntry } from '@/features/all-figures/select-all-figures'
import { TextFilter } from '@/features/all-figures/text-filter'

/**
 * Every figure and named list of the dataset in two tables, sorted and filtered from the URL, and
 * the whole dataset to download: as CSV, or as the JSON file the app itself reads.
 */
export function AllFiguresTab({ data, view, setView }: TabProps) {
  const i18n = useI18n()
  // Typing in the text filter stays immediate; the tables follow as soon as React has time.
  const filters = useDeferredValue(view.filters)
  const selected = useMemo(() => selectAllFigures(data, filters, i18n.locale), [data, filters, i18n.locale])
  const table = { sort: filters.sort, setView }

  return (
    <div className="flex flex-col gap-3 sm:gap-5">
      <h2 className="text-2xl font-bold max-sm:sr-only">{i18n.t('tab.all-figures')}</h2>
      <p className="max-w-3xl">{i18n.t('allFigures.intro')}</p>
      <DatasetDownloads data={data} />
      <div className="flex flex-col gap-2">
        <TextFilter view={view} setView={setView} />
        <TabFilters
          view={view}
          setView={setView}
          shown={selected.shown}
          total={selected.total}
          hasDisplayToggle={false}
          filters={[
            kindFilter(i18n, selected.kindCounts),
            speakerFilter(i18n, data.speakers, selected.speakerCounts),
            {
              key: 'topic',
              legend: i18n.t('filter.topic'),
              options: topics.map((topic) => ({
                id: topic,
                label: i18n.t(`topic.${topic}`),
                count: selected.topicCounts.get(topic) ?? 0,
              })),
            },
          ]}
        />
      </div>
      {selected.shown === 0 ? (
        <EmptyState title={i18n.t('chart.empty')}>
          <p>{i18n.t('chart.emptyHint')}</p>
        </EmptyState>
      ) : (
        <>
          <EntriesTable title={i18n.t('allFigures.facts')} rowHeader="table.figure" rows={selected.facts} {...table} />
          <EntriesTable
            title={i18n.t('allFigures.lists')}
            rowHeader="export.column.list"
            rows={selected.lists}
            {...table}
          />
        </>
      )}
    </div>
  )
}

/** The whole dataset, whatever the filters: every figure as CSV, made here; the JSON file as published. */
function DatasetDownloads({ data }: { data: Dataset }) {
  const i18n = useI18n()
  const labelId = useId()
  const saveCsv = () => {
    const facts = selectEntries(data).filter((entry): entry is FactEntry => entry.type === 'fact')
    const csv = toDatasetCsv(facts, i18n, {
      asOf: data.meta.asOf,
      urlOf: (entry) => viewUrl({ ...entryView(currentView(), entry), mode: 'app' }),
    })
    download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `all-figures-${i18n.locale}.csv`)
  }
  return (
    <div role="group" aria-labelledby={labelId} className="flex flex-wrap items-center gap-2 text-sm">
      <span id={labelId} className="font-medium">
        {i18n.t('allFigures.download')}
      </span>
      <Button size="sm" onClick={saveCsv}>
        {i18n.t('allFigures.csv')}
      </Button>
      {/* The very file the app reads, byte for byte: the server sends it, nothing is rewritten here. */}
      <a href={DATASET_URL} download="dataset.json" className={buttonClassName({ size: 'sm' })}>
        {i18n.t('allFigures.json')}
      </a>
    </div>
  )
}
