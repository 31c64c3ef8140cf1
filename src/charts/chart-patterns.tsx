/**
 * The fill patterns every chart refers to by id, defined once per page. Colours come from the theme
 * tokens, so the patterns follow light and dark without redrawing.
 */
export function ChartPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" className="absolute">
      <defs>
        <pattern id="pattern-target" width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill="var(--color-kind-target)" />
          <circle cx="4" cy="4" r="1.3" fill="var(--color-raised)" />
        </pattern>
        <pattern id="pattern-context" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="7" height="7" fill="var(--color-raised)" />
          <rect width="3.5" height="7" fill="var(--color-kind-context)" />
        </pattern>
        <pattern id="pattern-derived" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="var(--color-raised)" />
          <rect width="6" height="6" fill="var(--color-kind-derived)" opacity="0.25" />
        </pattern>
      </defs>
    </svg>
  )
}
