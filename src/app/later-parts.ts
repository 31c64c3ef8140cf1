// What hydrate-later.tsx loads after the first chart: the parts of the page around the charts.
// One module, so they come in one go (this chunk, and the smaller ones it shares with the other
// tabs and panels, fetched together).
export { Header } from '@/app/header'
export { ViewToolbar } from '@/app/view-toolbar'
export { FrameLegend, FrameCaption } from '@/charts/chart-frame-parts'
export { OverviewIntro, OverviewFilters, OverviewHeadlines, TradeGrowthList } from '@/features/overview/overview-parts'
export { SpeakerList } from '@/features/overview/speaker-list'
