import type { FactKind } from '@/data/schema'
import { kindDash, kindFill, kindStroke } from '@/charts/kind-style'

/** A small sample of a fill, for legends and badges. */
function Swatch({ fill, stroke, dash }: { fill: string; stroke?: string | undefined; dash?: string | undefined }) {
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
        fill={fill}
        stroke={stroke}
        strokeWidth="1.5"
        strokeDasharray={dash}
      />
    </svg>
  )
}

/** A small sample of a kind's fill. */
export function KindSwatch({ kind }: { kind: FactKind }) {
  return (
    <Swatch fill={kindFill[kind]} stroke={kindStroke[kind]} dash={kindDash[kind] === undefined ? undefined : '3 2'} />
  )
}
