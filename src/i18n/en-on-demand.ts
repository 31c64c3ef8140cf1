import { en, type FirstViewKey } from '@/i18n/en'

/**
 * The English strings of what loads on demand: the other tabs, panels, dialogs, presenter, embed
 * and export. Only modules loaded later import this file (through useI18nOnDemand), so these strings
 * travel with them, not with the first view.
 */
export const enOnDemand = {
  'filter.region': 'Area',
  'filter.tier': 'Tier',
  'filter.proposal': 'Proposal',
  'filter.category': 'Type',
  'export.link': '{site}: {url}',
  'export.column.qualifier': 'Qualifier',
  'export.column.unit': 'Unit',
  'export.column.asWorded': 'As worded',
  'export.column.speaker': 'Speaker or source',
  'export.column.quote': 'Quote or formula',
  'export.column.asOf': 'Data as of',
  'export.column.view': 'Link to this view',

  'error.retry': 'Retry',
  'error.retrying': 'Retrying…',
  'error.unknown.title': 'Something went wrong',
  'error.not-found.title': 'The dataset was not found',
  'error.http.title': 'The server refused the dataset',
  'error.network.title': 'The dataset could not be reached',
  'error.timeout.title': 'The dataset took too long to arrive',
  'error.malformed-json.title': 'The dataset is not valid JSON',
  'error.schema.title': 'The dataset does not match its schema',
  'refresh.title': 'The dataset could not be refreshed',
  'refresh.body': '{reason}. The figures shown are the copy loaded at {time}.',
  'notice.ignored.title': 'Part of this link was ignored',
  'notice.unknown-param': 'Unknown parameter “{param}”.',
  'notice.repeated-param': '“{param}” is given more than once: “{value}” was ignored.',
  'notice.too-long': 'The link is longer than {max} characters: the rest was ignored.',
  'notice.bad-slide': 'Slide {slide} of the deck is not a view link and was left out: “{value}”.',
  'notice.invalid-value': '“{value}” is not a valid value for “{param}”: showing the default.',
  'notice.not-on-tab': '“{param}” does not apply to the {tab} tab.',
  'notice.unknown-id': 'No {param} “{value}” in the dataset: showing all.',
  'notice.dismiss': 'Dismiss',

  'error.not-found.body':
    'The server answered “404 Not Found” for {file}. Check that the file was deployed next to index.html.',
  'error.http.body': 'The server answered HTTP {status} for {file}.',
  'error.network.body': 'The request for {file} failed before the server answered. Check the connection and retry.',
  'error.timeout.body': 'The server did not answer with {file} in time. Check the connection and retry.',
  'error.malformed-json.body': '{file} could not be read as JSON: {detail}',
  'error.schema.body.one': '{file} has {count} problem. Nothing is shown until it is fixed:',
  'error.schema.body.other': '{file} has {count} problems. Nothing is shown until they are fixed:',
  'error.schema.more': '…and {count} more.',

  'app.siteName': 'Chongqing growth-pole dashboard',

  'tier.trillion-level': 'Trillion-yuan level',
  'tier.hundred-billion-level': 'Hundred-billion-yuan level',
  'tier.ten-billion-level': 'Ten-billion-yuan level',
  'tier.characteristic': 'Characteristic',
  'tier.emerging': 'Emerging',
  'tier.new-field': 'New field',
  'tier.key-field': 'Key field',
  'tier.none': 'Tier not stated',

  'category.centre': 'Centres',
  'category.platform': 'Supporting platforms',

  'unit.usd': 'US dollars',
  'unit.yuan-per-usd': 'Yuan per US dollar',
  'unit.vehicles': 'Vehicles',
  'unit.enterprises': 'Enterprises',
  'unit.percent': 'Percent',
  'unit.km2': 'Square kilometres',
  'unit.clusters': 'Clusters',
  'unit.parks': 'Parks',
  'unit.members': 'Members',
  'unit.proposals': 'Proposals',
  'unit.count': 'Number named',

  'table.page': 'Rows {from}–{to} of {total}',
  'table.previous': 'Previous rows',
  'table.next': 'Next rows',

  'table.figure': 'Figure',
  'table.value': 'Value',
  'table.kind': 'Kind',
  'table.period': 'Period',
  'table.region': 'Area',
  'table.source': 'Source',
  'table.item': 'Named item',
  'table.count': 'Number',

  'source.heading': 'Where this comes from',
  'source.inputs': 'Computed from',
  'source.event': 'The event',

  'dialog.close': 'Close',
  'copy.done': 'Copied',
  'cite.english': 'English style',
  'cite.gbt': 'GB/T 7714',
  'cite.copy': 'Copy citation',

  'present.slide': 'slide',
  'present.counter': 'Slide {slide} of {count}',
  'present.keys': '← → move · Home / End · F full screen · Esc leaves',
  'present.fullscreenRefused': 'Press F for full screen.',
  'deck.title': 'Build a deck from views',
  'deck.intro':
    'Paste view links, one per line, in the order to present them. Copy a link from any view with “Copy link”.',
  'deck.links': 'View links',
  'deck.count.one': '{count} slide',
  'deck.count.other': '{count} slides',
  'deck.ignored': 'Not a view link, ignored: {line}',
  'deck.start': 'Present this deck',
  'deck.copyLink': 'Copy the deck’s link',

  'embed.openFull': 'Open full view',
  'embed.dialog.title': 'Embed this view',
  'embed.dialog.intro':
    'Paste this into an intranet page. The frame sizes itself to its content when the page also loads embed-host.js.',
  'embed.dialog.scope': 'What to embed',
  'embed.dialog.wholeTab': 'The whole {tab} tab',
  'embed.dialog.host': 'Host page origin (optional, lets the page send commands)',
  'embed.dialog.hostInvalid': 'Write an origin such as https://intranet.example: scheme, host and port only.',
  'embed.dialog.snippet': 'Embed code',
  'embed.dialog.copy': 'Copy embed code',
  'embed.dialog.csp':
    'A host page with a Content-Security-Policy must allow frame-src {origin} and script-src {origin}.',
  'embed.source': 'Source: press conference of {date}, as reported by {publisher}.',
  'embed.newTab': '(opens in a new tab)',
  'embed.sourceInFullView': 'See the quote, speaker and notes in the full view',

  'summary.nevOutput':
    '{region} produced {value} in {period}, {share} of national output (China: {national}, by CAAM’s count, not from the conference).',

  'clusters.title': 'Industrial clusters and fields',
  'clusters.intro':
    'The clusters, fields and industries the speakers named, city-wide and for Liangjiang New Area and Western (Chongqing) Science City. Counts are of items named in the article; “such as” lists name examples only.',
  'clusters.byTier.title': 'Clusters and fields named, by tier',
  'clusters.byTier.question': 'How many clusters and fields were named at each level, and where?',
  'clusters.recurring.title': 'Industries named in more than one list',
  'clusters.recurring.question': 'Which industries does more than one plan prioritise?',
  'clusters.openEnded': 'examples only (“such as”)',
  'clusters.zoneFigures': 'Zone figures',
  'clusters.lists': 'The lists as named',

  'nev.title': 'The Chengdu–Chongqing NEV ecosystem',
  'nev.intro':
    'Xu Lin (SERES Group) proposed building an ecosystem for intelligent connected new energy vehicles across Sichuan and Chongqing. Context figures from other public sources are marked and never mixed with the conference’s own.',
  'nev.output.title': 'Vehicles produced, Sichuan and Chongqing against China',
  'nev.output.question': 'How large is Sichuan–Chongqing vehicle output against the national total?',
  'nev.share.title': 'Share of national vehicle output',
  'nev.share.question': 'Does the 11% share hold up against other sources?',
  'nev.companies.title': 'Enterprises in the ecosystem',
  'nev.companies.question': 'How many automakers and suppliers are there?',

  'finance.title': 'Three finance proposals',
  'finance.intro':
    'Zhang Hongming proposed digital, green and science-and-technology innovation finance, each with centres to build and places to build on.',
  'finance.items.title': 'What each proposal would build',
  'finance.items.question': 'How many centres and platforms does each proposal name?',
  'finance.proposals': 'The proposals in the speaker’s words',
  'finance.zoneLink': 'See this zone’s figures',
} as const

export type MessageKey = FirstViewKey | keyof typeof enOnDemand
/** Every string, in one language: zh-CN.ts is typed against it, so a key missing there fails the type check. */
export type Catalog = Record<MessageKey, string>

/** The whole English catalog. */
export const enAll: Catalog = { ...en, ...enOnDemand }
