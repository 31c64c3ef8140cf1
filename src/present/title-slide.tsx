import type { Dataset } from '@/data/schema'
import { formatDate } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'

/**
 * A deck's opening slide: the event, its date and setting, who spoke in what role, and the date
 * the figures are from. Everything on it comes from the dataset's meta and speakers.
 */
export function TitleSlide({ data }: { data: Dataset }) {
  const i18n = useI18n()
  const { meta, speakers } = data
  return (
    <section aria-labelledby="title-slide-event" className="flex min-h-0 flex-1 flex-col justify-center gap-3">
      <p className="font-medium">
        {i18n.local(meta.event.setting)} · {formatDate(meta.event.date, i18n.locale)}
      </p>
      <h2 id="title-slide-event" className="text-3xl leading-tight font-bold">
        {i18n.local(meta.event.name)}
      </h2>
      <section aria-labelledby="title-slide-speakers" className="flex flex-col gap-2">
        <h3 id="title-slide-speakers" className="text-lg font-semibold">
          {i18n.t('overview.speakers')}
        </h3>
        <ul className="grid grid-cols-2 gap-x-6 gap-y-1.5">
          {speakers.map((speaker) => (
            <li key={speaker.id} className="border-l-4 border-accent pl-3">
              <p className="font-semibold">{i18n.name(speaker.name)}</p>
              <p className="text-xs">{i18n.local(speaker.role)}</p>
            </li>
          ))}
        </ul>
      </section>
      <p className="border-t border-line pt-2 text-sm">
        {i18n.t('app.asOf', { date: formatDate(meta.asOf, i18n.locale) })}
      </p>
    </section>
  )
}
