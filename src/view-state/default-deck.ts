/**
 * The default presentation: each tab's key figures and charts, in the order a briefing would take
 * them. Each slide is a view link, the same form as a deck a presenter builds from copied links.
 */
export const defaultDeck: readonly string[] = [
  'tab=overview&chart=headlines',
  'tab=overview&chart=trade',
  'tab=clusters&chart=headlines',
  'tab=clusters&chart=matrix',
  'tab=nev&chart=headlines',
  'tab=nev&chart=output',
  'tab=nev&chart=share',
  'tab=finance&chart=proposals',
]
