/**
 * The English strings of the first view (header, tabs, toolbar, filters, the Overview, chart frames),
 * shipped with it. Strings for what loads later (other tabs, panels, dialogs, presenter, embed,
 * export) are in en-on-demand.ts, loaded with the code that uses them. `{name}` marks a value
 * filled in at run time.
 */
export const en = {
  'app.skipToContent': 'Skip to content',
  'app.partFailed': 'Parts of this page could not load. Reload the page to try again.',
  'app.partsLate': 'Parts of this page are slow to load; they will work once they arrive.',

  'tabs.label': 'Dashboard sections',
  'tab.overview': 'Overview',
  'tab.clusters': 'Industrial clusters',
  'tab.nev': 'NEV ecosystem',
  'tab.finance': 'Finance proposals',

  'loading.dataset': 'Loading the dataset…',

  'error.chart.title': 'This chart could not be drawn',
  'error.chart.body': 'The rest of the page still works. The error was: {detail}',
  'error.tab.title': 'This tab could not be shown',

  'kind.reported': 'Reported',
  'kind.target': 'Target',
  'kind.derived': 'Derived',
  'kind.context': 'Context',

  'unit.yuan': 'Yuan',

  'chart.unit': 'Unit: {unit}',
  'chart.empty': 'No figures match these filters.',
  'chart.emptyHint': 'Change or reset the filters to see figures again.',
  'chart.capped': 'The {shown} largest of {total} figures are drawn; the table lists every one.',

  'label.withPeriod': '{label} ({period})',

  'overview.trade.title': 'Imports and exports: the 2027 target against 2022',
  'overview.trade.question': 'How far does Chongqing’s trade have to grow to meet the 2027 target?',
} as const

/** A key of the first view's strings: all that useI18n() can look up. */
export type FirstViewKey = keyof typeof en
