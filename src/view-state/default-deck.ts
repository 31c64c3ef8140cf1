/** A deck's title slide (the event, its speakers, the data's date): the one slide that is not a view link. */
export const TITLE_SLIDE = 'title'

/**
 * The default presentation: a title slide, then each tab's key figures and charts, in the order a
 * briefing would take them. Each other slide is a view link, the same form as a deck a presenter
 * builds from copied links.
 */
export const defaultDeck: readonly string[] = [
  TITLE_SLIDE,
  'tab=overview&chart=headlines',
  'tab=overview&chart=trade',
  'tab=clusters&chart=headlines',
  'tab=clusters&chart=matrix',
  'tab=nev&chart=headlines',
  'tab=nev&chart=output',
  'tab=nev&chart=share',
  'tab=finance&chart=proposals',
]
