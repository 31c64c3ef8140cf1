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
  if (view.display !== defaultView.display) params.set('show', view.display)
  if (view.lang !== defaultView.lang) params.set('lang', view.lang)
  if (view.theme !== defaultView.theme) params.set('theme', view.theme)
  const query = params.toString().replaceAll('%2C', ',')
  return query === '' ? '' : `?${query}`
}
