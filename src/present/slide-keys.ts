/**
 * The slide a key moves to, or null if the key does not move slides. Clickers send PageDown and
 * PageUp (some send arrows or Space); Shift+Space goes back, as in a browser.
 */
export function slideMove(key: string, shiftKey: boolean, slide: number, count: number): number | null {
  const clamp = (n: number) => Math.min(Math.max(n, 1), count)
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return clamp(slide + 1)
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return clamp(slide - 1)
    case ' ':
    case 'Spacebar':
      return clamp(shiftKey ? slide - 1 : slide + 1)
    case 'Home':
      return 1
    case 'End':
      return count
    default:
      return null
  }
}
