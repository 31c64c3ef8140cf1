import type { FactKind } from '@/data/schema'
import { kindDash, kindFill, kindStroke } from '@/charts/kind-style'

/** A small sample of a kind's fill, for legends and badges. */
export function KindSwatch({ kind }: { kind: FactKind }) {
  return (
    <svg
      width="1em"
      height="1em"
      viewBox="0 0 14 14"
      aria-hidden="true"
      focusable="false"
      className="inline-block shrink-0"
    >
      <rect
        x="1"
        y="1"
        width="12"
        height="12"
        rx="2"
        fill={kindFill[kind]}
        stroke={kindStroke[kind]}
        strokeWidth="1.5"
        strokeDasharray={kindDash[kind] === undefined ? undefined : '3 2'}
      />
    </svg>
  )
}
