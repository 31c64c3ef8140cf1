import type { StyleReader } from '@/charts/export/serialize-svg'

const SVG_NS = 'http://www.w3.org/2000/svg'

/**
 * Reads styles, colours and text widths from the live page, for the SVG builder. Token paints are
 * resolved on a hidden probe in the page (custom properties compute to their light-dark() text,
 * not a colour, until a property uses them); call `dispose` to remove it.
 */
export function pageReader(fontFamily: string): StyleReader & { dispose: () => void } {
  const probe = document.createElementNS(SVG_NS, 'svg')
  probe.setAttribute('width', '0')
  probe.setAttribute('height', '0')
  probe.setAttribute('aria-hidden', 'true')
  // The style property, not a style attribute: the CSP allows the one and refuses the other.
  probe.style.position = 'absolute'
  const swatch = document.createElementNS(SVG_NS, 'rect')
  probe.append(swatch)
  document.body.append(probe)

  const canvas = document.createElement('canvas')
  canvas.width = 1
  canvas.height = 1
  const context = canvas.getContext('2d', { willReadFrequently: true })
  if (!context) throw new Error('this browser cannot draw on a canvas')
  const colours = new Map<string, { hex: string; alpha: number }>()

  return {
    computed: (element) => getComputedStyle(element),
    token: (paint) => {
      swatch.setAttribute('fill', paint)
      return getComputedStyle(swatch).fill
    },
    // The canvas parses every colour syntax the page can compute (oklch, lab, color-mix) into sRGB.
    colour: (colour) => {
      let known = colours.get(colour)
      if (!known) {
        context.clearRect(0, 0, 1, 1)
        context.fillStyle = colour
        context.fillRect(0, 0, 1, 1)
        const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data
        const hex = `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`
        known = { hex, alpha: Math.round((a / 255) * 1000) / 1000 }
        colours.set(colour, known)
      }
      return known
    },
    measure: (text, { size, weight }) => {
      context.font = `${weight} ${size}px ${fontFamily}`
      return context.measureText(text).width
    },
    pattern: (id) => document.getElementById(id),
    dispose: () => probe.remove(),
  }
}
