import { defaultView, tabFilters, type View } from '@/view-state/view'

/**
 * Writes a view as a query string (with its leading "?", or "" for the default view). Only
 * non-default values are written, in a fixed order, so equal views give equal, short links.
 */
export function serializeView(view: View): string {
  const params = new URLSearchParams()
  if (view.tab !== defaultView.tab) params.set('tab', view.tab)
  for (const key of tabFilters[view.tab]) {
    const value = view.filters[key]
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','))
    } else if (value !== null) {
      params.set(key, value)
    }
  }
  if (view.chart !== null) params.set('chart', view.chart)
  if (view.display !== defaultView.display) params.set('show', view.display)
  if (view.source !== null) params.set('source', view.source)
  if (view.spotlight !== null) params.set('spotlight', view.spotlight)
  if (view.mode === 'present') {
    params.set('present', '1')
    if (view.slide !== defaultView.slide) params.set('slide', String(view.slide))
    for (const slide of view.deck) params.append('view', slide)
    if (view.isPresenterView) params.set('presenter', '1')
  }
  if (view.mode === 'embed') {
    params.set('embed', '1')
    if (view.host !== null) params.set('host', view.host)
  }
  if (view.lang !== defaultView.lang) params.set('lang', view.lang)
  if (view.theme !== defaultView.theme) params.set('theme', view.theme)
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':').replaceAll('%2F', '/')
  return query === '' ? '' : `?${query}`
}
