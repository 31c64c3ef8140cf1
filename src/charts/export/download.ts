/**
 * Saves a file the page made, without a request: a temporary link to an object URL, clicked.
 * The link is in the document while clicked, as Firefox requires.
 */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    // Revoked on a later task: the browser starts reading the URL after the click returns.
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
}
