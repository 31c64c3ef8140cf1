/**
 * The default presentation: each tab's key figures and charts, in the order a briefing would take
 * them. Each slide is a view link, the same form as a deck a presenter builds from copied links.
 */
export const defaultDeck: readonly string[] = [
  'tab=overview&chart=headlines',
  'tab=overview&chart=trade',
  'tab=clusters&chart=by-tier',
  'tab=clusters&chart=recurring',
  'tab=nev&chart=output',
  'tab=nev&chart=share',
  'tab=nev&chart=companies',
  'tab=finance&chart=items',
]
