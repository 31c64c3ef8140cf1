/**
 * The English strings of the first view (header, tabs, toolbar, filters, the Overview, chart frames),
 * shipped with it. Strings for what loads later (other tabs, panels, dialogs, presenter, embed,
 * export) are in en-on-demand.ts, loaded with the code that uses them. `{name}` marks a value
 * filled in at run time.
 */
export const en = {
  'app.title': 'Chongqing: a growth pole of high-quality development',
  'app.skipToContent': 'Skip to content',
  'app.asOf': 'Data as of {date}: statements made at the press conference, not live figures.',
  'app.eyebrow': 'Press conference · {date}',

  'header.language': 'Language',
  'header.theme': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  'tabs.label': 'Dashboard sections',
  'tab.overview': 'Overview',
  'tab.clusters': 'Industrial clusters',
  'tab.nev': 'NEV ecosystem',
  'tab.finance': 'Finance proposals',

  'loading.dataset': 'Loading the dataset…',

  'error.chart.title': 'This chart could not be drawn',
  'error.chart.body': 'The rest of the page still works. The error was: {detail}',
  'error.tab.title': 'This tab could not be shown',

  'filter.label': 'Filters',
  'filter.all': 'All',
  'filter.reset': 'Reset filters',
  'filter.kind': 'Kind',
  'filter.speaker': 'Speaker',
  'filter.shown': '{shown} of {total} shown',

  'kind.reported': 'Reported',
  'kind.target': 'Target',
  'kind.derived': 'Derived',
  'kind.context': 'Context',
  'kind.reported.hint': 'a figure stated at the conference',
  'kind.target.hint': 'a goal stated at the conference',
  'kind.derived.hint': 'computed here from other figures',
  'kind.context.hint': 'from another public source, not from the conference',

  'unit.yuan': 'Yuan',

  'chart.display': 'Show as',
  'chart.showChart': 'Chart',
  'chart.showTable': 'Table',
  'chart.unit': 'Unit: {unit}',
  'chart.sourceConference': 'Source: {speakers}, press conference, {date}.',
  'chart.sourceContext': 'Context: {publishers} (not from the conference).',
  'chart.sourceDerived': 'Derived figures are computed here; each row says how.',
  'chart.quotes.one': 'Show the quote',
  'chart.quotes.other': 'Show the {count} quotes',
  'chart.moreQuotes': 'Show {count} more of {total}',
  'chart.qualifierKey': 'Label symbols: > more than, over, exceed · ≈ nearly · ~ about · → reach',
  'chart.empty': 'No figures match these filters.',
  'chart.emptyHint': 'Change or reset the filters to see figures again.',
  'chart.summary': 'Summary',
  'list.shownOf': '{shown} of {total} shown.',
  'list.showMore': 'Show {count} more',
  'chart.capped': 'The {shown} largest of {total} figures are drawn; the table lists every one.',

  'source.said': '{speaker}, {role}',
  'source.derived': 'Derived: {formula}',
  'source.openPage': 'Open the source page',
  'source.article': 'Article: {title}, {publisher}, {date}',
  'source.open': 'Source',
  'source.openFor': 'Source of {label}',

  'copy.failed': 'Copy failed: select the text instead',
  'cite.title': 'Cite this view',

  'share.label': 'Share this view',
  'share.copyLink': 'Copy link',
  'share.copied': 'Link copied',
  'share.embed': 'Embed',
  'share.present': 'Present',
  'share.deck': 'Build a deck',

  'export.label': 'Download',
  'export.png': 'PNG image',
  'export.svg': 'SVG image',
  'export.csv': 'CSV data',
  'export.as': 'Download “{title}” as {format}',
  'export.chartOnly': 'PNG and SVG images are drawn from the chart: choose Chart to download them.',
  'export.failed': 'The download could not be made: {detail}',

  'note.inconsistency': 'Data note: the sources disagree',
  'note.ambiguity': 'Data note: read with care',
  'note.sources': 'Sources',

  'label.withPeriod': '{label} ({period})',
  'summary.range': '{title}: {count} figures, from {highest} down to {lowest}.',
  'summary.one': '{title}: {item}.',
  'summary.stated': 'Stated at the conference: {items}.',
  'summary.counts': '{title}, largest first: {items}.',
  'summary.trade':
    'Chongqing’s imports and exports were {baseline} in 2022 (another source); the 2027 target is to {target}, growth of {growth} on 2022.',
  'summary.none': '{title}: no figures match the current filters.',
  'summary.item': '{label}: {value}',
  'summary.join': '; ',

  'overview.title': 'What the conference said',
  'overview.intro':
    'On {date}, during the Chongqing Two Sessions, six members of the CPPCC Chongqing Municipal Committee set out how Chongqing could become an important growth pole of high-quality development: industrial clusters, a Chengdu–Chongqing NEV ecosystem, and finance.',
  'overview.headlines': 'Headline figures',
  'overview.speakers': 'Who spoke',
  'overview.speakerFigures.one': '{count} figure or list',
  'overview.speakerFigures.other': '{count} figures and lists',
  'overview.openTab': 'See {tab}',
  'overview.trade.title': 'Imports and exports: the 2027 target against 2022',
  'overview.trade.question': 'How far does Chongqing’s trade have to grow to meet the 2027 target?',
  'overview.trade.growth': 'To {target} by 2027, trade must grow {growth} on 2022 ({cagr} a year; derived).',
  'overview.headlinesEmpty': 'No headline figures match these filters.',
} as const

/** A key of the first view's strings: all that useI18n() can look up. */
export type FirstViewKey = keyof typeof en
