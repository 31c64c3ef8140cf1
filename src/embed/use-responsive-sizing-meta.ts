import { useEffect } from 'react'

const META_NAME = 'responsive-embedded-sizing'

/**
 * Opts the document in to the experimental responsive-iframe sizing (CSS `frame-sizing` on the
 * host's iframe). Browsers without it ignore the tag; the posted height works everywhere. Added
 * through the DOM, which the strict CSP allows, and only in embed mode, so the full app does not
 * share its size with pages that frame it uninvited.
 */
export function useResponsiveSizingMeta() {
  useEffect(() => {
    if (document.head.querySelector(`meta[name="${META_NAME}"]`)) return
    const meta = document.createElement('meta')
    meta.name = META_NAME
    document.head.append(meta)
    return () => meta.remove()
  }, [])
}
