import type { FactKind } from '@/data/schema'

/**
 * Kind is carried by fill pattern as well as colour, so it survives colour blindness and greyscale
 * printing: solid for the conference's own figures, hatched for context, outlined for derived.
 */
export const kindFill: Record<FactKind, string> = {
  reported: 'var(--color-kind-reported)',
  target: 'url(#pattern-target)',
  derived: 'url(#pattern-derived)',
  context: 'url(#pattern-context)',
}

export const kindStroke: Record<FactKind, string> = {
  reported: 'var(--color-kind-reported)',
  target: 'var(--color-kind-target)',
  derived: 'var(--color-kind-derived)',
  context: 'var(--color-kind-context)',
}

export const kindDash: Record<FactKind, string | undefined> = {
  reported: undefined,
  target: undefined,
  derived: '4 3',
  context: undefined,
}
