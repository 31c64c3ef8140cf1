/**
 * What a reader sees: tabs kept in the background stay in the DOM with `display: none` (React's
 * Activity), so a test that reads the page reads only what is displayed.
 */
export function isShown(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node instanceof HTMLElement && node.style.display === 'none') return false
  }
  return true
}

/** The text of an element without its hidden parts. */
export function shownText(element: Element): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  let text = ''
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && isShown(node.parentElement)) text += node.textContent ?? ''
  }
  return text
}
