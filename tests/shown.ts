/**
 * What a reader sees: a tab the reader has left stays in the DOM, skipped by rendering and inert, so
 * a test that reads the page reads only what is shown (jsdom computes no layout: the inert mark tells).
 */
export function isShown(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('inert')) return false
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
